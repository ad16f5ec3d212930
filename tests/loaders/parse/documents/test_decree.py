from gazette_kg.loaders.parse.documents.decree import order_issuer


def test_a_national_bodys_order_names_the_body_without_the_states_name():
    assert order_issuer("中华人民共和国国务院令第227号") == "国务院"
    assert order_issuer("中华人民共和国甲乙部令第3号") == "甲乙部"
    assert order_issuer("中华人民共和国主席令第51号") == "中华人民共和国主席"  # the head of state, no body
    assert order_issuer("甲省人民政府令第301号") == "甲省人民政府"
