"""Regex building shared by the statistics and attribution grammars."""
import re


def trie_pattern(words) -> str:
    """An alternation of ``words`` factored by common prefixes ("t(?:en|wo|hree)"),
    which the regex engine tries much faster than a flat list. A space in a word
    matches any run of whitespace. Like a longest-first list, it prefers the longest
    word that lets the rest of the pattern match."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node) -> str:
        ends = "" in node
        branches = [(r"\s+" if c == " " else re.escape(c)) + pattern(child)
                    for c, child in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)
