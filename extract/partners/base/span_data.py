"""The rules' values on spans (`span._.esf_org`, ...), read and written without `span._`.

spaCy keeps a span's extension values in its Doc's `user_data`, keyed by the extension's name
and the span's character offsets; `span._` makes an object for every access to find that key.
The rules read and write these values for every name in every Doc, so `get` and `put` go to
the same key directly, where spaCy's key is the one this module knows (checked on import; else
they go through `span._`). Only for extensions with the default None and no getter or setter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

if TYPE_CHECKING:
    from esfgraph.extract.organisations.gazetteer import Org

__all__ = ["get", "put", "org_span"]


def _direct(span: Span, name: str) -> tuple:
    return ("._.", name, span.start_char, span.end_char)


def _keyed_as_known() -> bool:
    """Return whether spaCy keeps a span's extension value under the key `_direct` makes."""
    name = "esf_span_data_check"
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)
    doc = Doc(Vocab(), words=["a", "b", "c"])
    span = doc[1:3]
    span._.set(name, 1)
    return doc.user_data == {_direct(span, name): 1}


if _keyed_as_known():
    def get(span: Span, name: str) -> Any:
        """Return `span._.<name>`."""
        return span.doc.user_data.get(("._.", name, span.start_char, span.end_char))

    def put(span: Span, name: str, value: Any) -> None:
        """Set `span._.<name>` to `value`."""
        span.doc.user_data[("._.", name, span.start_char, span.end_char)] = value
else:  # pragma: no cover  (another spaCy)
    def get(span: Span, name: str) -> Any:
        """Return `span._.<name>`."""
        return span._.get(name)

    def put(span: Span, name: str, value: Any) -> None:
        """Set `span._.<name>` to `value`."""
        span._.set(name, value)


def org_span(doc: Doc, start: int, end: int, org: Org, rule: str) -> Span:
    """Return an ORG span of tokens start..end with its organisation (`esf_org`, an Org) and
    the rule that found it (`esf_rule`) set."""
    span = Span(doc, start, end, label="ORG", kb_id=org.key)
    put(span, "esf_org", org)
    put(span, "esf_rule", rule)
    return span
