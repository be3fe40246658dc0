"""Slimming keeps what a page and its scripts do, and keeps whitespace where it is content."""

from swan_course.render import slim


def test_html_loses_indentation_and_blank_lines_but_not_pre_or_textarea():
    page = "<div>\n    <p>een\n\n    twee</p>\n<pre>  code\n\n  blijft</pre>\n  <textarea>\n  notitie</textarea>\n  <p>eind</p>"
    assert slim.html(page) == ("<div>\n<p>een\ntwee</p>\n<pre>  code\n\n  blijft</pre>\n"
                               "<textarea>\n  notitie</textarea>\n<p>eind</p>")


def test_js_and_css_are_minified_and_keep_their_meaning():
    assert slim.js("var answer = 42; // the answer\nif (answer) { go(\"a  b\"); }") == 'var answer=42;if(answer){go("a  b");}\n'
    assert slim.css(".a  {\n  color : red;\n}\n/* note */") == ".a{color:red}\n"

