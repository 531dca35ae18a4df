"""Apple Podcasts categories: the list a show's category is checked against.

Apple rejects a feed whose itunes:category is not on its list, and feedgen only knows the
list Apple retired in 2019 (no "News › Tech News"), so we keep the current one here.
A category is written "News" or "News › Tech News" (also "News > Tech News").
"""

from __future__ import annotations

import difflib

APPLE_CATEGORIES: dict[str, tuple[str, ...]] = {
    "Arts": ("Books", "Design", "Fashion & Beauty", "Food", "Performing Arts", "Visual Arts"),
    "Business": ("Careers", "Entrepreneurship", "Investing", "Management", "Marketing", "Non-Profit"),
    "Comedy": ("Comedy Interviews", "Improv", "Stand-Up"),
    "Education": ("Courses", "How To", "Language Learning", "Self-Improvement"),
    "Fiction": ("Comedy Fiction", "Drama", "Science Fiction"),
    "Government": (),
    "History": (),
    "Health & Fitness": ("Alternative Health", "Fitness", "Medicine", "Mental Health", "Nutrition", "Sexuality"),
    "Kids & Family": ("Education for Kids", "Parenting", "Pets & Animals", "Stories for Kids"),
    "Leisure": (
        "Animation & Manga", "Automotive", "Aviation", "Crafts", "Games", "Hobbies", "Home & Garden", "Video Games",
    ),
    "Music": ("Music Commentary", "Music History", "Music Interviews"),
    "News": (
        "Business News", "Daily News", "Entertainment News", "News Commentary", "Politics", "Sports News", "Tech News",
    ),
    "Religion & Spirituality": (
        "Buddhism", "Christianity", "Hinduism", "Islam", "Judaism", "Religion", "Spirituality",
    ),
    "Science": (
        "Astronomy", "Chemistry", "Earth Sciences", "Life Sciences", "Mathematics", "Natural Sciences", "Nature",
        "Physics", "Social Sciences",
    ),
    "Society & Culture": ("Documentary", "Personal Journals", "Philosophy", "Places & Travel", "Relationships"),
    "Sports": (
        "Baseball", "Basketball", "Cricket", "Fantasy Sports", "Football", "Golf", "Hockey", "Rugby", "Running",
        "Soccer", "Swimming", "Tennis", "Volleyball", "Wilderness", "Wrestling",
    ),
    "Technology": (),
    "True Crime": (),
    "TV & Film": ("After Shows", "Film History", "Film Interviews", "Film Reviews", "TV Reviews"),
}  # fmt: skip


def split_category(text: str) -> tuple[str, str | None]:
    """ "News › Tech News" -> ("News", "Tech News"); "Technology" -> ("Technology", None)."""
    for separator in ("›", ">"):
        if separator in text:
            top, sub = text.split(separator, 1)
            return top.strip(), sub.strip() or None
    return text.strip(), None


def category_problems(category: str, subcategory: str | None) -> list[str]:
    """Why (category, subcategory) is not on Apple's list, with the nearest valid names."""
    if category not in APPLE_CATEGORIES:
        near = difflib.get_close_matches(category, APPLE_CATEGORIES, n=3, cutoff=0.5)
        hint = f" (did you mean {' or '.join(repr(n) for n in near)}?)" if near else ""
        return [f"'category' {category!r} is not an Apple Podcasts category{hint}; see audio_edition/categories.py"]
    if subcategory is None:
        return []
    subs = APPLE_CATEGORIES[category]
    if subcategory in subs:
        return []
    if not subs:
        return [f"'subcategory' {subcategory!r}: Apple's category {category!r} has no subcategories; remove it"]
    return [f"'subcategory' {subcategory!r} is not under {category!r}; choose one of: {', '.join(subs)}"]
