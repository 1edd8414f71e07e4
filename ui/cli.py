"""`arshif [--archive LOCATION] COMMAND`: the archive from a shell, for batch work and scripts.

Qt-free. Exit status: 0 done; 1 some items failed while the others went through; 2 nothing
was done (a bad argument, a missing article, an archive that cannot be opened).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from export.fonts import FAMILIES
from export.options import PAGE_SIZES, SIZES
from storage.errors import ArchiveError, ImportStopped, NotFound
from storage.records import ArticleRecord, ImportOutcome
from storage.search.orders import ORDERS
from ui import cli_format
from ui.operations.imports import suffixes_text

if TYPE_CHECKING:
    from storage.archive import Archive

# Each command imports what it uses when it runs (the database layer, the PDF engine, the
# importers): `arshif --help` and `arshif show 1` must answer at once, not after loading
# everything. tests/unit/ui/test_startup.py keeps the heavy modules out of `--help`.
EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
# Commands that may make a new archive where none is; every other one refuses a location
# that holds none (a mistyped --archive must not silently become an empty archive).
CREATING = {"import", "init", "restore"}
# Ids and counts fit a PostgreSQL integer (and so a SQLite one).
LARGEST = 2**31 - 1
Handler = Callable[["Archive", argparse.Namespace, TextIO], int]


class _VersionAction(argparse.Action):
    """`--version`, reading the installed package's metadata only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print Arshif's version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        from importlib import metadata

        try:
            version = metadata.version("arshif")
        except metadata.PackageNotFoundError:  # a checkout that was never installed
            version = "(not installed)"
        print(f"arshif {version}")
        parser.exit()


def _number(least: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if not least <= number <= LARGEST:
            raise argparse.ArgumentTypeError(f"{value} is out of range ({least} to {LARGEST:,})")
        return number

    parse.__name__ = "number"
    return parse


ID, COUNT = _number(1), _number(0)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arshif",
        description="Arshif (أرشيف): an archive of Arabic press articles.",
        epilog="Without a command, the window opens.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--archive",
        metavar="LOCATION",
        help="archive folder, or postgresql+psycopg://user@host/db for a server archive "
        "(default: $ARSHIF_ARCHIVE, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the window (the default)")
    commands.add_parser("init", help="make a new, empty archive at --archive")
    command = commands.add_parser(
        "recover",
        help="save every readable article, tag, note and file of a damaged archive into a new one",
    )
    command.add_argument("damaged", type=Path, metavar="DAMAGED", help="the damaged archive folder")
    command.add_argument("new", type=Path, metavar="NEW", help="a new folder for the saved archive")
    _json_flag(command, "the report as a JSON object")

    command = commands.add_parser(
        "import",
        help=f"import files and folders ({suffixes_text()})",
    )
    command.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    command.add_argument("--tag", action="append", default=[], help="tag every imported article")
    _json_flag(command, "one object per item: path, line, status, id, reason")

    command = commands.add_parser(
        "search", help="search the articles (QUERY - reads one query a line from stdin)"
    )
    command.add_argument("query", metavar="QUERY", help='words, "phrase", -word, OR, pre*, tag:…')
    # `search -سوريا` is a query (every article without the word), not an unknown option: here
    # only a dash and a Latin letter start an option, as a dash and a digit do not elsewhere.
    command._negative_number_matcher = re.compile(r"^-[^-A-Za-z]")
    command.add_argument("--limit", type=COUNT, default=20, help="hits to show (default 20)")
    command.add_argument("--offset", type=COUNT, default=0, help="hits to skip")
    command.add_argument("--order", choices=ORDERS, default="relevance")
    _json_flag(
        command, '{"query", "total", "hits": [{id, ref, title, source, date, score, snippet}]}'
    )

    command = commands.add_parser(
        "facets", help="counts by source, tag, author, year and month of what QUERY finds"
    )
    command.add_argument("query", metavar="QUERY", nargs="?", default="", help="blank: all")
    command._negative_number_matcher = re.compile(r"^-[^-A-Za-z]")
    command.add_argument("--top", type=COUNT, default=10, help="values per facet (default 10)")
    _json_flag(command, '{"query", "total", "sources", "tags", "authors", "years", "months"}')

    command = commands.add_parser("list", help="list articles (without body)")
    command.add_argument("--trash", action="store_true", help="list the trash instead")
    _json_flag(command, "a JSON array, by id")

    command = commands.add_parser("show", help="show one article")
    command.add_argument("id", type=ID)
    _json_flag(command, "the article as a JSON object")

    command = commands.add_parser("tag", help="tag an article (or untag it with --remove)")
    command.add_argument("id", type=ID)
    command.add_argument("names", nargs="+", metavar="NAME")
    command.add_argument("--remove", action="store_true", help="take these tags off instead")

    command = commands.add_parser("tags", help="list, rename, merge or delete tags")
    tags = command.add_subparsers(dest="action", metavar="ACTION")
    _json_flag(command, "a JSON array of {id, name, parent, count}")
    action = tags.add_parser("rename", help="rename a tag")
    action.add_argument("old")
    action.add_argument("new")
    action = tags.add_parser("merge", help="merge tags into TARGET")
    action.add_argument("target")
    action.add_argument("sources", nargs="+", metavar="SOURCE")
    action = tags.add_parser("delete", help="delete a tag (the articles stay)")
    action.add_argument("name")
    action = tags.add_parser("parent", help="place a tag under another (no PARENT: top level)")
    action.add_argument("name")
    action.add_argument("parent", nargs="?")

    command = commands.add_parser("note", help="add a note to an article")
    command.add_argument("id", type=ID)
    command.add_argument("text")

    _add_dossier_parser(commands)
    _add_export_parser(commands)
    _add_cite_parser(commands)
    command = commands.add_parser("backup", help="write the whole archive to one zip file")
    command.add_argument("out", type=Path, metavar="OUT.zip")
    command = commands.add_parser("restore", help="load a backup into an empty archive")
    command.add_argument("source", type=Path, metavar="IN.zip")

    for name, text in (
        ("trash", "move articles to the trash"),
        ("untrash", "bring articles back from the trash"),
        ("purge", "delete articles in the trash for good"),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("ids", nargs="+", type=ID, metavar="ID")

    command = commands.add_parser(
        "check", help="check the database, the search index and the attached files"
    )
    command.add_argument(
        "--repair",
        action="store_true",
        help="first rebuild the search index and remove unreferenced files; then report "
        "what could not be fixed",
    )
    _json_flag(command, "the report as a JSON object")
    return parser


def _add_dossier_parser(commands: Any) -> None:
    command = commands.add_parser("dossier", help="dossiers: ordered collections of articles")
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    action = actions.add_parser("list", help="list dossiers")
    _json_flag(action, "a JSON array")
    action = actions.add_parser("show", help="show a dossier's articles in order")
    action.add_argument("name")
    _json_flag(action, "the dossier as a JSON object")
    action = actions.add_parser("create", help="create a dossier")
    action.add_argument("name")
    action.add_argument("--description", default="")
    action = actions.add_parser("add", help="add (or move) articles, at the end or --at POSITION")
    action.add_argument("name")
    action.add_argument("ids", nargs="+", type=ID, metavar="ID")
    action.add_argument("--at", type=ID, metavar="POSITION", help="1 = first")
    action = actions.add_parser("remove", help="take articles out of a dossier")
    action.add_argument("name")
    action.add_argument("ids", nargs="+", type=ID, metavar="ID")
    action = actions.add_parser("rename", help="rename a dossier")
    action.add_argument("name")
    action.add_argument("new")
    action = actions.add_parser("delete", help="delete a dossier (its articles stay)")
    action.add_argument("name")


def _add_export_parser(commands: Any) -> None:
    command = commands.add_parser("export", help="export articles as a PDF dossier")
    command.add_argument("out", metavar="OUT.pdf")
    _choice_arguments(command)
    command.add_argument("--title", help="the dossier's title (default: what was chosen)")
    command.add_argument("--compiler", default="", help="who compiled it, for the cover")
    command.add_argument("--font", default="Amiri", choices=[f.name for f in FAMILIES])
    command.add_argument(
        "--size",
        type=float,
        default=12,
        help=f"body text size in points ({SIZES[0]:g}–{SIZES[1]:g})",
    )
    command.add_argument("--page-size", default="A4", choices=sorted(PAGE_SIZES))
    command.add_argument(
        "--digits",
        default="arabic",
        choices=("arabic", "western"),
        help="digits of page numbers and dates",
    )
    command.add_argument("--no-notes", action="store_true", help="leave the notes out")
    command.add_argument("--no-tags", action="store_true", help="leave the tags out")


def _add_cite_parser(commands: Any) -> None:
    command = commands.add_parser(
        "cite", help="citations of articles: CSL JSON (Zotero, Pandoc), RIS or BibTeX"
    )
    command.add_argument("--format", required=True, choices=("csl-json", "ris", "bibtex"))
    _choice_arguments(command)
    command.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE (default: standard output)"
    )


def _choice_arguments(command: argparse.ArgumentParser) -> None:
    chosen = command.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--ids", help="articles by id: 1,2,3 (in this order)")
    chosen.add_argument("--tag", help="articles with this tag (or a tag under it)")
    chosen.add_argument("--dossier", help="a dossier's articles, in its order")
    chosen.add_argument("--query", help="the articles a search finds, best first")
    chosen.add_argument("--all", action="store_true", help="every article (not in the trash)")


def _json_flag(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--json", action="store_true", help=f"print JSON: {what}")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; returns the exit status. ``gui`` (or no command) is handled by main.py."""
    out = out or sys.stdout
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.archive is not None and not args.archive.strip():
        parser.error("--archive: is empty; name an archive folder or a PostgreSQL URL")
    try:
        return _run(args, out)
    except ImportStopped as stopped:
        _print_outcomes(stopped.outcomes, args, out)  # type: ignore[arg-type]
        print(
            f"arshif: import stopped: {stopped}; the items listed above were stored whole, "
            "and importing again completes the rest",
            file=sys.stderr,
        )
        return EXIT_PARTIAL
    except ArchiveError as problem:
        print(f"arshif: {problem}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # `arshif list | head`: the reader has all it wanted
        _quiet_stdout()
        return EXIT_OK


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.command == "recover":
        return _recover(args, out)
    from storage.archive import Archive
    from storage.errors import ArchiveDamaged

    try:
        archive = Archive.open(args.archive, create=args.command in CREATING)
    except ArchiveDamaged as damage:
        if args.command != "check":
            raise
        return _print_damage(damage, args, out)  # too damaged to open: that is the report
    with archive:
        return HANDLERS[args.command](archive, args, out)


def _print_damage(damage: ArchiveError, args: argparse.Namespace, out: TextIO) -> int:
    if args.json:
        _print_json({"ok": False, "problems": [str(damage)], "repaired": []}, out)
    else:
        print(f"problem: {damage}\n1 problem(s)", file=out)
    return EXIT_PARTIAL


def _quiet_stdout() -> None:
    """After a broken pipe, send what is left of stdout nowhere, so the interpreter's own
    flush at exit does not fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _init(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    print(f"{archive.location.describe()}: archive ready", file=out)
    return EXIT_OK


def _recover(args: argparse.Namespace, out: TextIO) -> int:
    from storage.recover import recover

    report = recover(args.damaged, args.new)
    if args.json:
        _print_json(report.as_json(), out)
    else:
        for line in report.lines():
            print(line, file=out)
    return EXIT_OK if report.is_complete else EXIT_PARTIAL


def _import(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from ui.operations.imports import import_paths  # imported by the command that needs it

    show_progress = sys.stderr.isatty() and not args.json
    interrupted = threading.Event()

    def progress(done: int, total: int, label: str) -> None:
        print(
            f"\r\x1b[K{done:,} of {total:,} files… {label[-50:]}",
            end="",
            file=sys.stderr,
            flush=True,
        )

    def page_progress(done: int, pages: int, label: str) -> None:  # OCR: "FILE: page N of M"
        print(f"\r\x1b[K{label[-70:]}", end="", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, lambda *_: interrupted.set())
    try:
        report = import_paths(
            archive,
            args.paths,
            args.tag,
            progress if show_progress else None,
            page_progress if show_progress else None,
            interrupted.is_set,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    if show_progress:
        print(file=sys.stderr)
    _print_outcomes(report.outcomes, args, out, report.dates.of)
    if not report.outcomes and not interrupted.is_set():
        named = ", ".join(str(p) for p in args.paths)
        print(f"arshif: nothing to import: {named} holds no file Arshif reads", file=sys.stderr)
    if report.skipped:
        kinds = Counter(path.suffix.lower() or "(none)" for path in report.skipped)
        listed = ", ".join(f"{kind} ×{count}" for kind, count in kinds.most_common())
        print(
            f"arshif: skipped {len(report.skipped)} file(s) of other types: {listed}",
            file=sys.stderr,
        )
    if interrupted.is_set():
        print(
            "arshif: import cancelled; the files listed above are all that changed", file=sys.stderr
        )
    return EXIT_PARTIAL if report.has_failures or interrupted.is_set() else EXIT_OK


def _print_outcomes(
    outcomes: Sequence[ImportOutcome],
    args: argparse.Namespace,
    out: TextIO,
    date_of: Callable[[ImportOutcome], cli_format.DateRead | None] = lambda _: None,
) -> None:
    """Each item's outcome; ``date_of`` tells the date an article took from its text."""
    if args.json:
        for outcome in outcomes:
            item = cli_format.outcome_json(outcome, date_of(outcome))
            print(json.dumps(item, ensure_ascii=False), file=out)
    else:
        for line in cli_format.outcome_lines(outcomes, date_of):
            print(line, file=out)


def _search(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    queries = (line.rstrip("\n") for line in sys.stdin) if args.query == "-" else [args.query]
    for query in queries:
        results = archive.search(query, limit=args.limit, offset=args.offset, order=args.order)
        if args.json or args.query == "-":
            line = {"query": query, **cli_format.results_json(results)}
            print(json.dumps(line, ensure_ascii=False), file=out, flush=True)
            continue
        print(cli_format.found_text(results), file=out)
        for hit in results.hits:
            print(cli_format.hit_text(hit), file=out)
    return EXIT_OK


def _facets(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    found = archive.facets(args.query)
    if args.json:
        _print_json({"query": args.query, **cli_format.facets_json(found)}, out)
    else:
        for line in cli_format.facets_lines(found, args.top):
            print(line, file=out)
    return EXIT_OK


def _list(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    if args.json:
        summaries = archive.articles(trashed=args.trash)
        _print_json([cli_format.summary_json(s) for s in summaries], out)
    else:
        for page in archive.article_line_pages(trashed=args.trash):  # each written as read
            out.write(cli_format.listing_text(page))
    return EXIT_OK


def _show(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    record: ArticleRecord = archive.article(args.id)
    if args.json:
        _print_json(cli_format.article_json(record), out)
    else:
        print(cli_format.article_text(record), file=out)
    return EXIT_OK


def _tag(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    if args.remove:
        archive.untag_articles([args.id], args.names)
    else:
        archive.tag_articles([args.id], args.names)
    print(", ".join(archive.article(args.id).tags) or "(no tags)", file=out)
    return EXIT_OK


def _tags(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    if args.action is None:
        records = archive.tags()
        if args.json:
            _print_json([cli_format.tag_json(t) for t in records], out)
        else:
            for tag in records:
                print(f"{tag.article_count:>7}  {tag.name}", file=out)
        return EXIT_OK
    if args.action == "rename":
        archive.rename_tag(_tag_id(archive, args.old), args.new)
    elif args.action == "merge":
        sources = [_tag_id(archive, name) for name in args.sources]
        archive.merge_tags(sources, _tag_id(archive, args.target))
    elif args.action == "delete":
        archive.delete_tag(_tag_id(archive, args.name))
    else:
        parent = None if args.parent is None else _tag_id(archive, args.parent)
        archive.set_tag_parent(_tag_id(archive, args.name), parent)
    return EXIT_OK


def _tag_id(archive: Archive, name: str) -> int:
    tag = archive.find_tag(name)
    if tag is None:
        raise NotFound(f"there is no tag named {name!r}")
    return tag.id


def _note(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    note_id, _ = archive.add_note(args.id, args.text)
    print(f"note {note_id} added to article {args.id}", file=out)
    return EXIT_OK


def _dossier(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    if args.action == "list":
        dossiers = archive.dossiers()
        if args.json:
            _print_json([cli_format.dossier_json(d) for d in dossiers], out)
        for entry in [] if args.json else dossiers:
            print(f"{len(entry.article_ids):>5}  {entry.name}", file=out)
        return EXIT_OK
    if args.action == "create":
        dossier_id, _ = archive.create_dossier(args.name, args.description)
        print(f"dossier {dossier_id} created: {args.name}", file=out)
        return EXIT_OK
    dossier = archive.find_dossier(args.name)
    if dossier is None:
        raise NotFound(f"there is no dossier named {args.name!r}")
    if args.action == "show":
        articles = archive.article_summaries(dossier.article_ids)
        if args.json:
            _print_json(cli_format.dossier_json(dossier), out)
        for position, summary in enumerate([] if args.json else articles, start=1):
            print(f"{position:>4}. {cli_format.summary_line(summary)}", file=out)
    elif args.action == "add":
        archive.add_to_dossier(dossier.id, args.ids, None if args.at is None else args.at - 1)
    elif args.action == "remove":
        archive.remove_from_dossier(dossier.id, args.ids)
    elif args.action == "rename":
        archive.rename_dossier(dossier.id, args.new)
    else:
        archive.delete_dossier(dossier.id)
    return EXIT_OK


def _move_to_trash(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    archive.trash_articles(args.ids)
    print(f"{len(args.ids)} article(s) moved to the trash", file=out)
    return EXIT_OK


def _untrash(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    not_trashed = [i for i in args.ids if not archive.article(i).is_trashed]
    if not_trashed:
        raise ArchiveError(f"article {not_trashed[0]} is not in the trash; nothing was restored")
    archive.restore_articles(args.ids)
    print(f"{len(args.ids)} article(s) restored", file=out)
    return EXIT_OK


def _purge(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    archive.purge_articles(args.ids)  # refuses articles not in the trash
    print(f"{len(args.ids)} article(s) deleted for good", file=out)
    return EXIT_OK


def _export(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from dataclasses import replace

    from export.dossier import DossierOptions
    from ui.operations.exports import checked_target, export_articles

    path = checked_target(args.out, archive, "export: ")  # refused before any work starts
    try:
        options = DossierOptions(
            title=args.title if args.title is not None else "…",
            compiler=args.compiler,
            font=args.font,
            size=args.size,
            page_size=args.page_size,
            digits=args.digits,
            include_notes=not args.no_notes,
            include_tags=not args.no_tags,
        )
    except ValueError as error:
        raise ArchiveError(f"export: {error}") from None
    ids, title = _chosen_articles(archive, args)
    if not ids:
        raise ArchiveError("export: no article was chosen (nothing matches)")
    options = replace(options, title=args.title or title)
    show_progress = sys.stderr.isatty()

    def progress(done: int, total: int, _label: str) -> None:
        print(f"\rlaid out {done:,} of {total:,} articles…", end="", file=sys.stderr, flush=True)

    try:
        pages = export_articles(archive, ids, path, options, progress if show_progress else None)
    finally:
        if show_progress:
            print(file=sys.stderr)
    print(f"{path}: {len(ids)} article(s), {pages} page(s)", file=out)
    return EXIT_OK


def _cite(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from ui.operations import cite  # imported by the command that needs it

    ids, _ = _chosen_articles(archive, args)
    if args.out is None:
        out.write(cite.cite(archive, ids, args.format))
        return EXIT_OK
    count = cite.write_citations(archive, ids, args.format, args.out)
    print(f"{args.out}: {count} citation(s), {args.format}", file=out)
    return EXIT_OK


def _chosen_articles(archive: Archive, args: argparse.Namespace) -> tuple[list[int], str]:
    largest_id = 2**31 - 1  # the id columns hold no more, on either back end
    for option in ("ids", "tag", "dossier", "query"):
        value = getattr(args, option)
        if value is not None and not value.strip():
            raise ArchiveError(f"export: --{option} is empty; say which articles to export")
    if args.ids is not None:
        try:
            ids = [int(part) for part in args.ids.split(",") if part.strip()]
        except ValueError:
            raise ArchiveError(f"--ids: {args.ids!r} is not a list of numbers like 1,2,3") from None
        wrong = [i for i in ids if not 0 < i <= largest_id]
        if wrong or not ids:
            raise ArchiveError(f"--ids: {wrong[0] if wrong else args.ids!r} is not an article id")
        return ids, "مقالات مختارة"
    if args.dossier is not None:
        dossier = archive.find_dossier(args.dossier)
        if dossier is None:
            raise NotFound(f"there is no dossier named {args.dossier!r}")
        return list(dossier.article_ids), dossier.name
    if args.tag is not None:
        return list(archive.article_ids(f'tag:"{args.tag}"', "oldest")), args.tag
    if args.query is not None:
        return list(archive.article_ids(args.query, "relevance")), args.query
    return [summary.id for summary in archive.articles()], "الأرشيف"


def _backup(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    counts = archive.backup(args.out)["counts"]
    print(
        f"{args.out}: {counts['articles']:,} articles, {counts['tags']:,} tags, "
        f"{counts['dossiers']:,} dossiers, {counts['files']:,} files",
        file=out,
    )
    return EXIT_OK


def _restore_backup(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    changes = archive.restore(args.source)
    print(f"{len(changes.added):,} articles restored into {archive.location.describe()}", file=out)
    return EXIT_OK


def _check(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    repaired = archive.repair() if args.repair else []
    report = archive.check()
    if args.json:
        _print_json(
            {
                "ok": report.is_ok,
                "articles": report.articles,
                "attachments": report.attachments,
                "problems": list(report.problems),
                "repaired": repaired,
            },
            out,
        )
        return EXIT_OK if report.is_ok else EXIT_PARTIAL
    for line in repaired:
        print(f"repaired: {line}", file=out)
    print(
        f"{archive.location.describe()}: {report.articles:,} articles, "
        f"{report.attachments:,} attached files",
        file=out,
    )
    for problem in report.problems:
        label = "cannot fix" if args.repair else "problem"
        print(f"{label}: {problem}", file=out)
    print("ok" if report.is_ok else f"{len(report.problems)} problem(s)", file=out)
    return EXIT_OK if report.is_ok else EXIT_PARTIAL


def _print_json(value: object, out: TextIO) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=1), file=out)


HANDLERS: dict[str, Handler] = {
    "import": _import,
    "init": _init,
    "search": _search,
    "facets": _facets,
    "list": _list,
    "show": _show,
    "tag": _tag,
    "tags": _tags,
    "note": _note,
    "dossier": _dossier,
    "trash": _move_to_trash,
    "untrash": _untrash,
    "purge": _purge,
    "check": _check,
    "export": _export,
    "cite": _cite,
    "backup": _backup,
    "restore": _restore_backup,
}
