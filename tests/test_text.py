import unicodedata

import pytest

from portal.text import nfc, nfc_deep, slugify_vi


@pytest.mark.parametrize(
    "title, slug",
    [
        (
            "Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2022",
            "trien-khai-thuc-hien-cong-tac-tre-em-tren-dia-ban-tinh-nam-2022",
        ),
        ("Đoàn", "doan"),
        ("đường làng", "duong-lang"),
        ("Đảng - Đoàn thể", "dang-doan-the"),
        ("89 năm ngày thành lập Đoàn", "89-nam-ngay-thanh-lap-doan"),
        ("  Tin   tức ,  hoạt động!! ", "tin-tuc-hoat-dong"),
    ],
)
def test_slugify_vi_examples(title, slug):
    assert slugify_vi(title) == slug


VOWELS = {
    "a": "aàáảãạ ăằắẳẵặ âầấẩẫậ",
    "e": "eèéẻẽẹ êềếểễệ",
    "i": "iìíỉĩị",
    "o": "oòóỏõọ ôồốổỗộ ơờớởỡợ",
    "u": "uùúủũụ ưừứửữự",
    "y": "yỳýỷỹỵ",
}


@pytest.mark.parametrize("base, letters", VOWELS.items())
def test_every_tone_and_vowel_mark_folds_to_its_base_letter(base, letters):
    for letter in letters.replace(" ", ""):
        assert slugify_vi(letter) == base, letter
        assert slugify_vi(letter.upper()) == base, letter.upper()
        # Decomposed input (NFD) gives the same slug.
        assert slugify_vi(unicodedata.normalize("NFD", letter)) == base


def test_d_with_stroke_is_d_not_dropped():
    assert slugify_vi("đ") == "d"
    assert slugify_vi("Đ") == "d"


def test_slug_is_cut_at_a_word_boundary():
    slug = slugify_vi("Trẻ em " * 40)
    assert len(slug) <= 100
    assert not slug.endswith("-")
    assert slug.split("-")[-1] in {"tre", "em"}


def test_slug_of_empty_or_symbols_is_empty():
    assert slugify_vi("") == ""
    assert slugify_vi(None) == ""
    assert slugify_vi("!!!") == ""


def test_nfc_and_nfc_deep():
    decomposed = unicodedata.normalize("NFD", "Tiếng Việt")
    assert decomposed != "Tiếng Việt"
    assert nfc(decomposed) == "Tiếng Việt"
    assert nfc(5) == 5
    data = [{"type": "paragraph", "value": f"<p>{decomposed}</p>", "id": "x", "n": 3}, (decomposed,)]
    assert nfc_deep(data) == [{"type": "paragraph", "value": "<p>Tiếng Việt</p>", "id": "x", "n": 3}, ("Tiếng Việt",)]
