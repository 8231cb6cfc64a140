"""Pages kept on disk beside the store: a server started again on the same store answers from
them; a build, another option or a file that cannot be written makes them be rendered again."""

from __future__ import annotations

import sqlite3
import zlib

from esfgraph.graph.build import build_graph
from esfgraph.graph.publish.pagestore import PageStore, page_store_path
from esfgraph.graph.store import open_store

from .serving import fetch, running_server, serving_process, store_without_one_record

PAGE = ("page", "https://example.org/id/project/1", "sv")


def test_kept_under_a_state_and_only_complete_pages(tmp_path):
    kept = PageStore(tmp_path / "p.sqlite")
    kept.put("s1", PAGE, (200, "text/html", b"<p>one</p>"))
    kept.put("s1", ("data", "https://example.org/id/project/2", "turtle"), (404, "text/plain", b"none"))
    kept.put("s1", ("start", "Umea", "sv"), (200, "text/html", b"<p>search</p>"))
    assert kept.get("s1", PAGE) == (200, "text/html", b"<p>one</p>")
    assert kept.get("s2", PAGE) is None  # another state: never read
    assert kept.get("s1", ("data", "https://example.org/id/project/2", "turtle")) is None
    assert kept.get("s1", ("start", "Umea", "sv")) is None  # a search is not kept
    other = PageStore(tmp_path / "p.sqlite")  # another worker, or the next start
    assert other.get("s1", PAGE) is None  # written when the worker has no task waiting
    kept.flush()
    assert other.get("s1", PAGE) == (200, "text/html", b"<p>one</p>")
    other.put("s2", PAGE, (200, "text/html", b"<p>two</p>"))  # a new state drops the old
    other.flush()
    assert kept.get("s1", PAGE) is None and kept.get("s2", PAGE)[2] == b"<p>two</p>"


def test_a_busy_worker_writes_nothing_until_too_many_wait_then_the_oldest_few(tmp_path, monkeypatch):
    """A burst is answered without writing; past the limit the oldest few are written after
    each answer (no long pause); the rest when the worker has nothing to do."""
    from esfgraph.graph.publish import pagestore
    monkeypatch.setattr(pagestore, "WAITING_PAGES", 4)
    monkeypatch.setattr(pagestore, "WRITTEN_WHILE_BUSY", 2)
    kept, other = PageStore(tmp_path / "p.sqlite"), PageStore(tmp_path / "p.sqlite")
    pages = [("page", f"https://example.org/id/project/{i}", "sv") for i in range(5)]
    for i, task in enumerate(pages[:3]):
        kept.put("s1", task, (200, "text/html", b"<p>%d</p>" % i))
    assert [other.get("s1", t) for t in pages[:3]] == [None] * 3  # a burst: nothing written
    kept.put("s1", pages[3], (200, "text/html", b"<p>3</p>"))  # four wait: the two oldest written
    assert [other.get("s1", t) is not None for t in pages[:4]] == [True, True, False, False]
    kept.put("s1", pages[4], (200, "text/html", b"<p>4</p>"))
    assert other.get("s1", pages[2]) is None
    kept.flush()  # nothing to do: every answer written
    assert [other.get("s1", t)[2] for t in pages] == [b"<p>%d</p>" % i for i in range(5)]


def test_a_file_that_cannot_be_made_turns_keeping_off_with_one_line(tmp_path, capsys):
    kept = PageStore(tmp_path / "no-such-folder" / "p.sqlite")
    assert kept.get("s1", PAGE) is None
    kept.put("s1", PAGE, (200, "text/html", b"x"))
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pages are not kept on disk" in err[0] and "no-such-folder" in err[0]


def _mark_kept_page(path, task_text: str, marker: bytes) -> None:
    """Replace a kept page's body (to see whether the next server answers from the file)."""
    with sqlite3.connect(path) as db:
        n = db.execute("UPDATE kept SET body = ? WHERE task = ?", (zlib.compress(marker), task_text)).rowcount
    assert n == 1


def test_a_server_started_again_answers_from_the_kept_pages_until_a_build(tmp_path, examples):
    src, later, held = store_without_one_record(tmp_path, examples)
    store = tmp_path / "store"
    kept_file = page_store_path(store)
    assert kept_file == tmp_path / "store-pages.sqlite"
    with serving_process(store) as (base, proc):
        status, _, page = fetch(base + "/project/24-903-S01")
        assert status == 200 and b"24-903-S01" in page
        assert fetch(base + "/project/24-926-S02")[0] == 404
    task = "page\x1fhttps://w3id.org/esfgraph/id/project/24-903-S01\x1fsv"
    _mark_kept_page(kept_file, task, b"<p>kept</p>")
    with running_server(store) as base:
        assert fetch(base + "/project/24-903-S01")[2] == b"<p>kept</p>"  # not rendered again
    with running_server(store, "--no-keep-pages") as base:
        assert fetch(base + "/project/24-903-S01")[2] == page
    later.write_bytes(held)  # a build changes the store: what was kept is not served
    writer = open_store(store)
    assert build_graph([str(src)], writer, report_path=tmp_path / "r.json").loaded == 1
    del writer
    with running_server(store) as base:
        status, _, again = fetch(base + "/project/24-903-S01")
        assert status == 200 and b"24-903-S01" in again and again != b"<p>kept</p>"
        assert fetch(base + "/project/24-926-S02")[0] == 200
    with sqlite3.connect(kept_file) as db:
        assert db.execute("SELECT COUNT(DISTINCT state) FROM kept").fetchone() == (1,)


def test_a_store_whose_pages_file_cannot_be_made_is_served_with_one_line(tmp_path, examples):
    store_without_one_record(tmp_path, examples)
    page_store_path(tmp_path / "store").mkdir()  # a folder where the file would be: no SQLite opens it
    with serving_process(tmp_path / "store") as (base, proc):
        assert fetch(base + "/project/24-903-S01")[0] == 200
    err = proc.stderr.read().decode()
    assert err.count("pages are not kept on disk") == 1, err
