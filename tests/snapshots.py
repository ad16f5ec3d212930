"""What an embedded store holds, as sorted N-Quads lines, to compare two states of it."""

import io

from gazette_kg.store.embedded import EmbeddedStore


def store_lines(store: EmbeddedStore) -> list[str]:
    """Every quad of ``store`` (the merge in the default graph included), one N-Quads line each, sorted."""
    out = io.BytesIO()
    store.write_nquads(out)
    return sorted(out.getvalue().decode("utf-8").splitlines())
