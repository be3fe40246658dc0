"""The Content-Security-Policy of a page: what it allows, where it goes, the hashes of inline code."""

import base64
import hashlib

import pytest

from swan_course.render import csp

PAGE = ('<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>x</title>\n'
        '<script>__md_scope=new URL("..",location)</script>\n'
        '<script id="__config" type="application/json">{"base": ".."}</script>\n'
        '<script src="../assets/swan.0123abcd.js"></script>\n</head>\n<body><p>x</p></body>\n</html>\n')


def directives(policy: str) -> dict[str, list[str]]:
    return {name: sources for name, *sources in (part.split() for part in policy.split("; "))}


def test_the_policy_allows_only_the_site_itself_and_no_inline_code_or_eval():
    policy = directives(csp.policy())
    assert policy["default-src"] == ["'self'"] and policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"] and policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"] and policy["frame-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"] and policy["form-action"] == ["'self'"]
    assert policy["connect-src"] == ["'self'"] and policy["worker-src"] == ["'self'"]
    text = csp.policy(["'sha256-x'"], ["'sha256-y'"], ["https://lrs.example.org"], frames=True)
    assert "unsafe" not in text and "file:" not in text and "*" not in text


def test_a_hash_is_the_sha256_of_the_exact_text_as_a_browser_computes_it():
    text = '__md_scope=new URL("..",location)'
    expected = base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()
    assert csp.source_hash(text) == f"'sha256-{expected}'"
    assert csp.source_hash(text + " ") != csp.source_hash(text)


def test_the_page_gets_its_policy_right_after_meta_charset_with_the_hash_of_each_inline_script():
    html = csp.make_page(PAGE)
    assert '<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="' in html
    policy = directives(html.split('content="', 1)[1].split('"', 1)[0])
    # The JSON data block does not run, and the file is allowed by 'self': one hash.
    assert policy["script-src"] == ["'self'", csp.source_hash('__md_scope=new URL("..",location)')]


def test_a_page_without_meta_charset_gets_the_policy_first_in_head_and_one_without_head_is_refused():
    assert csp.make_page("<html><head><title>x</title></head></html>").startswith(
        '<html><head><meta http-equiv="Content-Security-Policy"')
    with pytest.raises(ValueError):
        csp.make_page("<p>no head</p>")


def test_inline_styles_are_hashed_and_the_lrs_and_frames_are_named_where_asked():
    html = csp.make_page('<head><meta charset="utf-8"><style>p{color:red}</style></head>',
                         connect=[csp.origin("https://lrs.example.org:8443/xAPI/")], frames=True)
    policy = directives(html.split('content="', 1)[1].split('"', 1)[0])
    assert policy["style-src"] == ["'self'", csp.source_hash("p{color:red}")]
    assert policy["connect-src"] == ["'self'", "https://lrs.example.org:8443"]
    assert policy["frame-src"] == ["'self'"]


def test_aligned_table_cells_get_a_class_instead_of_a_style_attribute():
    html = '<th style="text-align: right;">Vragen</th><td style="text-align: center;">3</td><td>x</td>'
    assert csp.align_classes(html) == ('<th class="swan-align-right">Vragen</th>'
                                       '<td class="swan-align-center">3</td><td>x</td>')


def test_style_written_in_content_is_named_and_data_attributes_are_not():
    found = csp.style_problems('<p data-style="x">a</p><span style="color: red">b</span><style>p{}</style>')
    assert found == ['style="color: red" on <span>', "a <style> element"]
    assert csp.style_problems("<code>&lt;span style=\"x\"&gt;</code>") == []
