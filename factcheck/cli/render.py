"""Plain-text rendering of claims, articles and history for the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime

from factcheck.service import (
    MANUAL,
    STATUSES,
    ArticleRecord,
    ArticleSummary,
    Claim,
    ClaimDetail,
    ConflictGroup,
    Correction,
    PublicationCorrection,
    SpeakerSummary,
    figure_summary,
    published_iso,
    published_label,
)


def _shorten(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    return "\n".join(lines)


def claims_table(claims: Sequence[Claim]) -> str:
    rows = [
        [
            str(c.id),
            figure_summary(c),
            c.qualifier or "",
            c.unit_key or c.unit or "",
            c.time_start.isoformat() if c.time_start else "",
            c.status,
            _shorten(c.attribution or "", 24),
            _shorten(c.sentence, 60),
        ]
        for c in claims
    ]
    return table(["ID", "FIGURE", "QUALIFIER", "NOUN", "DATE", "STATUS", "SAID BY", "SENTENCE"], rows)


def claim_line(c: Claim) -> str:
    """A claim on one line: "8,000 · up_to · soldier · 2024-10-31 · said by The Pentagon"."""
    parts = [figure_summary(c), c.qualifier or "", c.unit_key or c.unit or ""]
    parts.append(c.time_start.isoformat() if c.time_start else "")
    parts.append(f"said by {c.attribution}" if c.attribution else "")
    return " · ".join(p for p in parts if p)


def articles_table(summaries: Sequence[ArticleSummary]) -> str:
    rows = []
    for s in summaries:
        a = s.article
        rows.append(
            [
                str(a.id),
                a.language,
                f"{published_label(a.published, a.published_precision)} ({a.published_origin})",
                *[str(s.counts.get(status, 0)) for status in STATUSES],
                _version(a.version, a.previous_version_id),
                _shorten(a.title or "", 50),
            ]
        )
    headers = ["ID", "LANG", "PUBLISHED (FROM)", *[st.upper() for st in STATUSES], "VERSION", "TITLE"]
    return table(headers, rows)


def _version(version: int, previous: int | None) -> str:
    """An article's version of its page: "1", or "2 (after 5)" when article 5 was the one before."""
    return f"{version} (after {previous})" if previous is not None else str(version)


def claim_detail(detail: ClaimDetail) -> str:
    c, a = detail.claim, detail.article
    lines = [f"Claim {c.id}  [{c.status}]" + ("  (added by hand)" if c.origin == MANUAL else "")]
    if c.qualifier is not None:
        lines.append(f"Figure:      {c.quantity_text}")
        lines.append(
            f"             value {c.value or '—'} · low {c.low or '—'} · high {c.high or '—'} · "
            f"qualifier {c.qualifier} · counted {c.unit or '—'} ({c.unit_key or '—'})"
        )
    if c.time_granularity is not None:
        span = c.time_start.isoformat() if c.time_start else "…"
        if c.time_end != c.time_start:
            span += f" .. {c.time_end.isoformat() if c.time_end else '…'}"
        lines.append(f"Time:        {c.time_text} → {span} ({c.time_granularity})")
        if c.time_warning:
            lines.append(f"             warning: {c.time_warning}")
    if c.reported_time_granularity is not None:
        span = c.reported_time_start.isoformat() if c.reported_time_start else "…"
        if c.reported_time_end != c.reported_time_start:
            span += f" .. {c.reported_time_end.isoformat() if c.reported_time_end else '…'}"
        lines.append(f"Reported:    {c.reported_time_text} → {span} ({c.reported_time_granularity})")
    role = f" ({c.attribution_role})" if c.attribution_role else ""
    key = f" · {c.attribution_key}" if c.attribution_key else ""
    lines.append(f"Said by:     {c.attribution or '—'}{role}{key}")
    lines.append(f"Worth:       {c.worth:.2f} · places and people: {c.entities or '—'}")
    if detail.worth_features:
        moved = " · ".join(f"{label} {weight:+.2f}" for label, weight in detail.worth_features)
        lines.append(f"             moved by: {moved}")
    start = c.span_start - c.sentence_start
    marked = c.sentence
    if 0 <= start <= len(c.sentence):
        length = c.span_end - c.span_start
        marked = f"{c.sentence[:start]}[[{c.sentence[start : start + length]}]]{c.sentence[start + length :]}"
    lines.append(f"Sentence:    {marked}")
    lines.append(f"Article {a.id}:  {a.title or '—'}")
    lines.append(f"             source {a.source_name or '—'} · {a.url or 'no URL'} · language {a.language}")
    lines.append(
        f"             published {published_label(a.published, a.published_precision)} "
        f"(precision {a.published_precision}, from {a.published_origin})"
        + (f" · modified {a.modified.isoformat(timespec='minutes')}" if a.modified else "")
    )
    if a.author:
        lines.append(f"             by {a.author}")
    lines.append("History:")
    if not detail.events and not detail.corrections:
        lines.append("             (no changes: unverified since it was added)")
    entries: list[tuple[datetime, int, str]] = []
    for e in detail.events:
        note = " — " + e.note.replace("\n", "\n" + " " * 15) if e.note else ""
        evidence = f" <{e.evidence_url}>" if e.evidence_url else ""
        change = (
            f"{e.from_status} → {e.to_status}" if e.from_status != e.to_status else f"note ({e.to_status})"
        )
        entries.append((e.at, 0, f"{change}  by {e.actor}{note}{evidence}"))
    entries += [(k.at, 1, _correction_line(k)) for k in detail.corrections]
    for at, _, line in sorted(entries, key=lambda entry: (entry[0], entry[1])):
        lines.append(f"             {at.isoformat(timespec='seconds')}  {line}")
    return "\n".join(lines)


_FIELD_NAMES = {"published": "publication date", "time": "time", "version": "new version:"}


def _correction_line(correction: Correction) -> str:
    """One correction in a history: "time 2024-10-31 (day) → 2024-11-01 (day)  by huda — why"."""
    name = _FIELD_NAMES.get(correction.field, correction.field)
    note = f" — {correction.note}" if correction.note else ""
    change = f"{correction.old_value or '—'} → {correction.new_value or '—'}"
    return f"{name} {change}  by {correction.actor}{note}"


def article_record(record: ArticleRecord) -> str:
    """`article ID`: what the article is, where its date comes from, and its claims by status."""
    a = record.article
    counts = " · ".join(f"{record.counts.get(status, 0)} {status}" for status in STATUSES)
    lines = [
        f"Article {a.id}  [{a.language}]",
        f"Title:       {a.title or '—'}",
        f"Source:      {a.source_name or '—'}" + (f" · by {a.author}" if a.author else ""),
        f"URL:         {a.url or '—'}",
        f"Published:   {published_label(a.published, a.published_precision)} "
        f"(precision {a.published_precision}, from {a.published_origin})"
        + (f" · modified {a.modified.isoformat(timespec='minutes')}" if a.modified else ""),
        f"Claims:      {sum(record.counts.values())} ({counts})",
    ]
    if a.previous_version_id is not None or record.next_version is not None:
        links = [f"version {a.version} of the page"]
        if a.previous_version_id is not None:
            links.append(f"updates article {a.previous_version_id}")
        if record.next_version is not None:
            links.append(f"updated by article {record.next_version}")
        lines.insert(4, f"Version:     {' · '.join(links)}")
    if record.corrections:
        lines.append("History:")
        for k in record.corrections:
            lines.append(f"             {k.at.isoformat(timespec='seconds')}  {_correction_line(k)}")
    return "\n".join(lines)


def publication_correction(correction: PublicationCorrection) -> str:
    """What `article ID --published DATE` did, one line for the article and one per claim moved."""
    if not correction.changed:
        return f"Article {correction.article_id}: already published {correction.old}; nothing changed"
    lines = [f"Article {correction.article_id}: published {correction.old} → {correction.new}"]
    lines += [f"Claim {t.claim_id}: time {t.old} → {t.new}" for t in correction.times]
    moved = len(correction.times)
    lines.append(f"{moved} claim time{'' if moved == 1 else 's'} resolved again")
    if correction.unmatched:
        lines[-1] += (
            f"; {correction.unmatched} claim{'' if correction.unmatched == 1 else 's'} whose time "
            "expression is no longer found at its place kept its time"
        )
    return "\n".join(lines)


def conflict_blocks(groups: Iterable[ConflictGroup]) -> Iterator[str]:
    """One block of lines a conflict group, as the groups come."""
    for number, group in enumerate(groups, 1):
        lines = [f"Conflict {number}: {group.unit_key} in {group.place}, {group.period}"]
        for claim, article in group.members:
            published = published_iso(article.published, article.published_precision)
            source = claim.attribution or "no source"
            lines.append(
                f"  claim {claim.id}: {figure_summary(claim)} ({claim.qualifier}) — {source}"
                f" — article {article.id}, {published} — {_shorten(article.title or '', 40)}"
            )
        yield "\n".join(lines)


def speakers_table(speakers: Sequence[SpeakerSummary]) -> str:
    """`sources`: who is quoted, how often, and how much of it is still unverified; claims
    dismissed as not claims are counted apart, in a column shown when there are any."""
    dismissed = any(s.dismissed for s in speakers)
    rows = [
        [
            _shorten(s.name, 40),
            s.key or "",
            str(s.claims),
            str(s.unverified),
            str(s.articles),
            *([str(s.dismissed)] if dismissed else []),
            _shorten(" | ".join(s.names[1:]), 50),
        ]
        for s in speakers
    ]
    headers = ["SOURCE", "KEY", "CLAIMS", "UNVERIFIED", "ARTICLES", *(["DISMISSED"] if dismissed else [])]
    return table([*headers, "ALSO WRITTEN"], rows)
