"""E-mail (.eml) -> blocks: the HTML part when there is one, else the text part.

Uses the standard library's ``email`` package: multipart/alternative, quoted-printable and
base64, any declared charset (a wrong declaration falls back to UTF-8 / Windows-1252
detection). The subject is the title's best guess and the Date header the date's fallback.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from dataclasses import replace
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from ..errors import InputError
from .blocks import Document, clean
from .dates import find_date
from .decode import decode_text
from .profile import Profile

_SUBJECT_NOISE = re.compile(r"^\s*((re|fwd?|tr|fw)\s*:\s*)+|^\s*\[[^\]]{1,40}\]\s*", re.IGNORECASE)


def _parts(message: Message) -> tuple[list[Message], list[Message]]:
    html: list[Message] = []
    text: list[Message] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/html":
            html.append(part)
        elif kind == "text/plain":
            text.append(part)
    return html, text


def _payload(part: Message, source: str) -> str:
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):
        return ""
    if not data.strip():
        return ""
    return decode_text(data, source, charset=part.get_content_charset())


def _header(message: Message, name: str) -> str:
    """A header's text; a malformed header is as good as a missing one."""
    try:
        return str(message.get(name, "") or "")
    except Exception:  # the email package raises assorted errors on broken encodings
        return ""


_FORWARDED_DATE = re.compile(r"^Date\s?:\s*(?P<date>.+)$", re.IGNORECASE)


def _forwarded_date(document: Document) -> dt.date | None:
    """The date of an issue forwarded by e-mail, from its forwarding header ("Date: ven. 6 mars
    2026 à 07:15", "Date: Fri, 6 Mar 2026 07:15:00 +0100"): the outer Date is the forward's."""
    for block in document.blocks:
        found = _FORWARDED_DATE.match(block.text) if block.drop == "forwarding header" else None
        if found:
            try:
                return parsedate_to_datetime(found["date"]).date()
            except (TypeError, ValueError, IndexError, OverflowError):
                return find_date(found["date"])
    return None


def parse_eml(data: bytes, source: str, profile: Profile) -> Document:
    from .html import parse_html
    from .text import text_blocks

    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; this is a last resort
        raise InputError(f"{source} is not a readable e-mail ({type(exc).__name__})", "save the message as .eml") from None
    if not isinstance(message, EmailMessage) or not message.keys():
        raise InputError(f"{source} is not an e-mail (no headers)", "save the message as .eml, headers included")
    subject = _header(message, "subject")
    while (stripped := _SUBJECT_NOISE.sub("", subject, count=1)) != subject:  # "Fwd: [Octet] Titre"
        subject = stripped
    subject = clean(subject)
    date = None
    try:
        sent = _header(message, "date")
        if sent:
            date = parsedate_to_datetime(sent).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        date = None
    html_parts, text_parts = _parts(message)
    label = f"{source} (e-mail)"
    for part in html_parts:
        body = _payload(part, label)
        if not body.strip():
            continue
        try:
            document = parse_html(body, source, profile)
        except InputError:
            continue  # an HTML part with no text: the text part may do
        date = _forwarded_date(document) or date
        return Document(document.blocks, source, title=subject or document.title, date=date, url=document.url, hints=document.hints)
    for part in text_parts:
        body = _payload(part, label)
        flowed = str(part.get_param("format") or "").lower() == "flowed"
        blocks = text_blocks(body, flowed=flowed)
        if blocks:
            document = Document(tuple(blocks), source, title=subject or None, date=date)
            return replace(document, date=_forwarded_date(document) or date)
    raise InputError(f"{source} has no text or HTML part with text", "save the newsletter e-mail itself, not a notice or an attachment")
