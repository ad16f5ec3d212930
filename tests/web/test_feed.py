"""/feed.atom: Atom 1.0 read back by feedparser, every published seed document once, filters, conditional GET."""

import feedparser
import pytest

SELECT_PUBLISHED = "SELECT DISTINCT ?d WHERE { ?d <https://gazette-kg.org/ontology#publishedIn> ?i }"
ISSUER = "https://gazette-kg.org/id/agency/yongzhoushirenminzhengfubangongshi-a32a"


@pytest.fixture(scope="module")
def published(seed_store) -> set[str]:
    return {str(r["d"]) for r in seed_store.select(SELECT_PUBLISHED)}


def test_feed_is_atom_and_lists_every_published_document_once(client, published):
    response = client.get("/feed.atom")
    assert response.mimetype == "application/atom+xml"
    parsed = feedparser.parse(response.data)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    ids = [entry.id for entry in parsed.entries]
    assert len(ids) == len(set(ids)) == len(published) and set(ids) == published
    first = parsed.entries[0]
    assert first.updated_parsed and first.link.startswith("http://localhost/id/doc/") and first.title
    assert [e.updated_parsed for e in parsed.entries] == sorted((e.updated_parsed for e in parsed.entries), reverse=True)
    assert parsed.feed.id == "https://gazette-kg.org/id/feed.atom"


def test_entry_ids_and_body_are_stable(client):
    assert client.get("/feed.atom").data == client.get("/feed.atom").data


def test_per_issuer_and_per_genre(client, seed_store):
    expected = {
        str(r["d"])
        for r in seed_store.select(
            f"SELECT ?d WHERE {{ ?d <https://gazette-kg.org/ontology#publishedIn> ?i ; <https://gazette-kg.org/ontology#issuedBy> <{ISSUER}> }}"
        )
    }
    parsed = feedparser.parse(client.get("/feed.atom", query_string={"issuer": ISSUER}).data)
    assert expected and {e.id for e in parsed.entries} == expected
    genre = "https://gazette-kg.org/ontology#genre-tongzhi"
    notices = feedparser.parse(client.get("/feed.atom", query_string={"genre": genre}).data)
    assert notices.entries and all(e.tags[0].term == genre for e in notices.entries)


def test_conditional_get(client):
    first = client.get("/feed.atom")
    etag, modified = first.headers["ETag"], first.headers["Last-Modified"]
    assert client.get("/feed.atom", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/feed.atom", headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get("/feed.atom", headers={"If-None-Match": '"other"'}).status_code == 200


def test_pages_link_their_feeds(client):
    home = client.get("/").get_data(as_text=True)
    assert '<link rel="alternate" type="application/atom+xml" href="/feed.atom"' in home
    page = client.get("/id/doc/yongzhengbanfa-0980-2022-18").get_data(as_text=True)
    assert 'href="/feed.atom?issuer=https%3A' in page
    assert 'href="/feed.atom?genre=' in page
