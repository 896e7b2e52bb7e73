"""What can be wrong with a content file, in the content editors' words: each message and its fix.

`check`, the server's refusal of bad content and CONTENT.md's table of messages all come from
RULES, so the guide cannot drift from what the tool prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# A section is the unit the assistant answers with; it must stay short enough to read
# on a phone while hiding. Deeper detail goes into further sections behind buttons.
MAX_SECTION_WORDS = 120
MAX_HEADING_CHARS = 40
LEVELS = ("LOW", "MODERATE", "SUBSTANTIAL", "SEVERE", "CRITICAL")
ANSWER_PLACEHOLDERS = (
    "level", "meaning", "since", "checked", "ni_level", "ni_meaning", "ni_since", "set_by",
    "check_url", "note",
)


@dataclass(frozen=True)
class Rule:
    """One kind of problem: what `check` prints, what it means, and how to fix it.

    `message` and `fix` are str.format templates over the problem's details.
    """

    message: str
    fix: str
    meaning: str


_LEVEL_LIST = ", ".join(LEVELS)
# Braces are doubled: rule texts are str.format templates.
_PLACEHOLDER_LIST = ", ".join("{{" + p + "}}" for p in ANSWER_PLACEHOLDERS)

RULES: dict[str, Rule] = {
    "no-folder": Rule(
        "there is no content folder here",
        "Run the command from the project's folder, or name the folder with --content.",
        "The tool could not find the folder of content files.",
    ),
    "missing-topic": Rule(
        "there is no content file for the topic '{id}'",
        "Every topic needs its file. If it was deleted by mistake, ask a developer to bring it back "
        "with git; otherwise copy another topic file, rename it to {id}.md and rewrite it.",
        "One of the assistant's topics has no file, so it would have nothing to answer with.",
    ),
    "missing-file": Rule(
        "the file {name} is missing",
        "Ask a developer to bring it back with git (it cannot be left out).",
        "The threat level or the conversation replies have no file.",
    ),
    "not-utf8": Rule(
        "the file is not saved as UTF-8 text",
        "Open it in your text editor and save it again with the encoding set to UTF-8.",
        "The file was saved in an old text encoding that the assistant cannot read.",
    ),
    "no-front-matter": Rule(
        "the file must start with a line '---', then its fields, then another '---' line",
        "Put '---' alone on the first line, the fields (id, title, sources, ...) under it, and "
        "'---' alone on the line after the last field. Copy the top of another topic file if unsure.",
        "The fields at the top of a topic file (the front matter) are missing or not closed.",
    ),
    "yaml-syntax": Rule(
        "{part} cannot be read: {detail}",
        "Look at this line and the one above it. Every field is 'name: value'; indent with spaces, "
        "never tabs; put text that contains a colon (:) in double quotes; close every quote and "
        "bracket you open.",
        "A typing slip (a missing colon, a stray quote, a tab) stops the file being read at all.",
    ),
    "not-a-mapping": Rule(
        "{part} must be a list of fields ('name: value' lines), not {found}",
        "Write one field per line as 'name: value', like the other content files.",
        "The file or its front matter does not hold named fields.",
    ),
    "duplicate-key": Rule(
        "'{key}' appears twice in the same block (first on line {first}); the second would silently "
        "replace the first",
        "Keep only one '{key}:'. Put what is right from both into one of them and delete the other.",
        "A field is written twice; only one of them would be used, and nobody would notice which.",
    ),
    "missing-field": Rule(
        "the required field '{field}' is missing",
        "Add '{field}:' with its value. CONTENT.md lists every field and what it holds.",
        "A field every file of this kind must have is not there.",
    ),
    "unknown-field": Rule(
        "'{field}' is not a field this file can have",
        "Check the spelling against CONTENT.md, or delete the line if it is not needed.",
        "A field name is misspelt or does not belong in this file.",
    ),
    "wrong-type": Rule(
        "'{field}' should be {expected}",
        "Write it like the same field in another content file. Put text that could be read as "
        "something else (yes, no, on, off, a number) in double quotes.",
        "A field holds the wrong kind of value, such as a list where text belongs.",
    ),
    "not-one-of": Rule(
        "'{field}' is '{value}'; it must be one of {allowed}",
        "Use one of those, spelled exactly as shown.",
        "A field only accepts a few fixed words, and this is not one of them.",
    ),
    "bad-date": Rule(
        "'{field}' is not a real date: '{value}'",
        "Write dates as year-month-day, for example 2026-11-23, and check that the day exists.",
        "A date is written the wrong way round, misspelt, or does not exist (such as 30 February).",
    ),
    "text-too-short": Rule(
        "'{field}' is empty or too short (at least {limit} characters)",
        "Fill it in with a few words.",
        "A title is missing its words.",
    ),
    "text-too-long": Rule(
        "'{field}' has {length} characters; the limit is {limit}",
        "Shorten it: titles are shown on buttons and must fit on a phone screen.",
        "A title is too long to show on a button.",
    ),
    "empty-list": Rule(
        "'{field}' needs at least one entry",
        "Add at least one, as a line starting with '- ' under '{field}:'. Every topic cites where its "
        "guidance comes from.",
        "A list that must have something in it (such as sources) is empty.",
    ),
    "not-https": Rule(
        "'{field}' must be a secure link starting with https://, but it is '{value}'",
        "Open the page in a browser and copy the whole address from the address bar; it starts with "
        "https://. If a site has no https:// page, use an official site that does.",
        "A source link is not a secure (https) web address, or is not a web address at all.",
    ),
    "unknown-id": Rule(
        "'id' is '{id}', which is not one of the assistant's topics",
        "Use the topic id from the table of topics in CONTENT.md. A new topic needs a developer first "
        "(the assistant must be taught to recognise it).",
        "The id names no topic the assistant knows, so nothing would ever answer with this file.",
    ),
    "id-not-file-name": Rule(
        "'id' is '{id}' but the file is named '{name}'",
        "Make them match: change the id to '{id_from_file_name}', or rename the file to "
        "'{file_name_from_id}'.",
        "Each topic's file is named after its id, so editors and the assistant find the same file.",
    ),
    "duplicate-id": Rule(
        "the topic '{id}' is also in {other}; each topic has exactly one file",
        "Keep one of the two files: move anything missing into it, then delete the other.",
        "Two files claim the same topic; the assistant would not know which one to answer with.",
    ),
    "review-before-reviewed": Rule(
        "'review_by' ({review_by}) is before 'last_reviewed' ({last_reviewed})",
        "Set 'review_by' to a date after 'last_reviewed': the date by which someone must check this "
        "topic again (usually 6 months later; 1 month for the threat level).",
        "The next review date is earlier than the last review, which cannot be right.",
    ),
    "next-nowhere": Rule(
        "'next' names '{target}', but there is no topic with that id",
        "Use a topic id from the table of topics in CONTENT.md (check the spelling), or remove it.",
        "A button to the next step would lead nowhere.",
    ),
    "button-nowhere": Rule(
        "the '{reply}' reply has a button for '{target}', but there is no topic with that id",
        "Use a topic id from the table of topics in CONTENT.md (check the spelling), or remove it.",
        "A button in a conversation reply would lead nowhere.",
    ),
    "text-before-sections": Rule(
        "there is text before the first '## ' heading",
        "Put it under a '## ' heading (the first section is the short answer), or delete it.",
        "Text outside any section would never be shown.",
    ),
    "no-sections": Rule(
        "there are no sections",
        "Add at least one: a line starting with '## ' and a heading, then the text under it. The "
        "first section is the short answer.",
        "A topic file has nothing the assistant could answer with.",
    ),
    "empty-heading": Rule(
        "a '## ' line has no heading",
        f"Write a short heading after '## ' (at most {MAX_HEADING_CHARS} characters).",
        "Every section needs a heading: it is shown on the section's button.",
    ),
    "heading-too-long": Rule(
        "the heading '{heading}' has {length} characters; the limit is " + str(MAX_HEADING_CHARS),
        "Shorten the heading: it is shown on a button and must fit on a phone screen.",
        "A heading is too long to show on a button.",
    ),
    "empty-section": Rule(
        "the section '{heading}' has no text",
        "Write the text under the heading, or delete the heading.",
        "A section has a heading but nothing to say.",
    ),
    "section-too-long": Rule(
        "the section '{heading}' has {words} words; the limit is " + str(MAX_SECTION_WORDS),
        f"Cut it to {MAX_SECTION_WORDS} words or fewer, or move some of it into a new '## ' section "
        "after it (the assistant offers further sections as buttons).",
        "Someone may be reading this on a phone while hiding: every answer must be short.",
    ),
    "duplicate-heading": Rule(
        "the heading '{heading}' repeats the heading on line {first}",
        "Give every section of a topic its own heading (capitals or punctuation alone do not count "
        "as different).",
        "Two sections of one topic would get the same button.",
    ),
    "unknown-level": Rule(
        "'{field}' is '{value}', which is not one of the five levels: " + _LEVEL_LIST,
        "Write one of the five levels in capitals, exactly as MI5 names it.",
        "The threat level must be one of the five official levels.",
    ),
    "levels-incomplete": Rule(
        "'levels' must give the meaning of exactly the five levels (missing: {missing}; not a "
        "level: {extra})",
        "List " + _LEVEL_LIST + " once each, in capitals, with its official meaning.",
        "The meaning of a level is missing, or something that is not a level is listed.",
    ),
    "unknown-placeholder": Rule(
        "'answer' uses '{placeholder}', which the assistant cannot fill in",
        "Use only these, spelled exactly: " + _PLACEHOLDER_LIST + ".",
        "The threat-level answer names a blank the assistant has no value for.",
    ),
    "answer-braces": Rule(
        "'answer' has a curly bracket that is not part of a placeholder",
        "Curly brackets are only for placeholders such as {{level}}: close each one, or remove the "
        "stray bracket.",
        "A '{' or '}' in the threat-level answer is not closed or not around a name.",
    ),
    "answer-too-long": Rule(
        "the threat-level answer has {words} words once its placeholders are filled in; the limit "
        "is " + str(MAX_SECTION_WORDS),
        f"Shorten 'answer', or 'set_by' and 'note', which it includes, to {MAX_SECTION_WORDS} words "
        "or fewer in all.",
        "The threat-level answer is a section like any other: short enough to read while hiding.",
    ),
    "emergency-999": Rule(
        "the first section of the emergency topic does not mention 999",
        "Someone in danger reads this first: start the first section with 'Call 999'.",
        "The emergency answer must always tell people to call 999 before anything else.",
    ),
    "missing-reply": Rule(
        "there is no '{key}' reply",
        "Add a '{key}:' block with its 'text:' and 'buttons:', laid out like the other replies.",
        "The assistant would have nothing to say for one kind of conversation.",
    ),
    "fallback-999": Rule(
        "the 'fallback' reply does not mention 999",
        "Add 'In an emergency, call 999.' to its text.",
        "When the assistant cannot help, it must still tell people to call 999 in an emergency.",
    ),
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one content file, with where it is and how to put it right."""

    file: str  # the file's name inside the content folder, e.g. "run.md"
    line: int | None  # 1-based; None when the problem is the file as a whole (a missing file)
    message: str
    fix: str
    rule: str = ""  # the key of its entry in RULES

    def render(self, folder_label: str = "content") -> str:
        where = f"{folder_label}/{self.file}" if self.file else folder_label
        if self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}\n    How to fix: {self.fix}"


def problem(rule: str, file: str, line: int | None, **details: object) -> Problem:
    entry = RULES[rule]
    return Problem(file, line, entry.message.format(**details), entry.fix.format(**details), rule)


def folder_label(folder: Path) -> str:
    """How a folder is named in messages: relative to where the command runs, when inside it."""
    folder = folder.resolve()
    try:
        return folder.relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return str(folder)


def format_problems(problems: list[Problem] | tuple[Problem, ...], folder: Path) -> str:
    """The problems exactly as `check` prints them (and as the server logs a refused edit)."""
    label = folder_label(folder)
    return "\n".join(p.render(label) for p in problems)


class ContentError(ValueError):
    """Content that breaks a rule; the message lists every problem as `check` prints it."""

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems
