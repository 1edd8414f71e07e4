"""Arabic test material the project owns: written for these tests, never taken from the corpus.

- `ARTICLE`: a newspaper article as a plain-text file: a repeated title, a lead, a dateline
  «حلب (سوريا) –», body paragraphs, a pull quote and the source line «الأيام».
- `articles(n)`: n distinct articles, as many as a test needs, made by combining sentences.
- `write_messy_folder(folder)`: the awkward files archivists have (Windows-1256, byte-order
  marks, UTF-16, web pages in two encodings, CRLF, an empty file, binary garbage, one long
  line), each made from an article of `articles`, and what each should import as.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

ARTICLE = Path(__file__).resolve().parent / "data" / "article.txt"

_PLACES = ("الرياض", "جدة", "القاهرة", "عمّان", "بيروت", "تونس", "الدوحة", "مسقط", "الرباط")
_SUBJECTS = (
    "وزارة الصحة",
    "جامعة الملك سعود",
    "البلدية",
    "هيئة الطرق",
    "نادي الهلال",
    "مجلس الشورى",
    "الغرفة التجارية",
    "المكتبة الوطنية",
    "شركة الكهرباء",
    "الهيئة العامة للإحصاء",
)
_DEEDS = (
    "تطلق برنامجاً جديداً لتدريب الشباب",
    "تفتتح مركزاً للخدمات في الحي الشمالي",
    "تعلن نتائج المسح السنوي للأسر",
    "توقّع اتفاقية تعاون مع شركاء محليين",
    "تنظم معرضاً للكتاب والمخطوطات",
    "تبدأ أعمال الصيانة في الطرق الرئيسية",
    "تستقبل وفداً من المستثمرين",
    "تكرّم المتفوقين من الطلاب",
)
_SENTENCES = (
    "وقال المتحدث باسم الجهة إن العمل سيبدأ مطلع الشهر المقبل ويستمر حتى نهاية العام.",
    "وأوضح أن المرحلة الأولى تشمل {n} موقعاً في أحياء المدينة المختلفة.",
    "وأشار إلى أن الميزانية المخصصة للمشروع بلغت {m} مليون ريال.",
    "ويأمل السكان أن يخفف المشروع الازدحام في ساعات الذروة.",
    "وأكدت المصادر أن الفرق الميدانية أنهت دراسة المواقع قبل أسابيع.",
    "وشارك في الاجتماع ممثلون عن القطاعين العام والخاص.",
    "وتتوقع الجهات المختصة أن يستفيد من البرنامج أكثر من {n} ألف مواطن.",
    "ودعت الجهة المواطنين إلى متابعة الإعلانات الرسمية على موقعها.",
    "وكانت دراسة سابقة قد أظهرت حاجة المنطقة إلى خدمات إضافية.",
    "وأضاف أن التسجيل متاح للجميع دون رسوم حتى نهاية الأسبوع.",
    "ويعد هذا المشروع الأول من نوعه في المنطقة منذ عشر سنوات.",
    "وتحدث عدد من الحاضرين عن تجاربهم في الدورات السابقة.",
)


@dataclass(frozen=True)
class OwnArticle:
    title: str
    body: str
    place: str

    def as_text(self) -> str:
        """The article as a plain-text file: title, blank line, paragraphs."""
        return f"{self.title}\n\n{self.body}\n"


def articles(count: int, seed: int = 1436) -> list[OwnArticle]:
    """``count`` distinct articles; the same ones for the same seed."""
    rng = random.Random(seed)
    made = []
    for number in range(count):
        place = rng.choice(_PLACES)
        title = f"{rng.choice(_SUBJECTS)} {rng.choice(_DEEDS)} في {place} ({number + 1})"
        paragraphs = [
            f"{place} – {title} بحضور عدد من المسؤولين، في خطوة هي رقم {number + 1} هذا العام."
        ]
        for _ in range(rng.randint(3, 6)):
            sentences = rng.sample(_SENTENCES, 2)
            paragraphs.append(
                " ".join(s.format(n=rng.randint(2, 90), m=rng.randint(5, 900)) for s in sentences)
            )
        made.append(OwnArticle(title, "\n\n".join(paragraphs), place))
    return made


@dataclass(frozen=True)
class MessyFile:
    name: str
    article: OwnArticle | None  # None: the file must be refused


def write_messy_folder(folder: Path) -> list[MessyFile]:
    """The awkward files, written into ``folder``; returns what each should give."""
    folder.mkdir(parents=True, exist_ok=True)
    pool = articles(9, seed=2015)
    files: list[MessyFile] = []

    def put(name: str, data: bytes, article: OwnArticle | None) -> None:
        (folder / name).write_bytes(data)
        files.append(MessyFile(name, article))

    put("01_cp1256.txt", pool[0].as_text().encode("cp1256"), pool[0])
    put("02_utf8_bom.txt", b"\xef\xbb\xbf" + pool[1].as_text().encode("utf-8"), pool[1])
    put("03_utf16le_bom.txt", pool[2].as_text().encode("utf-16"), pool[2])
    put("04_utf16le_no_bom.txt", pool[3].as_text().encode("utf-16-le"), pool[3])
    put("05_page_utf8.html", _page(pool[4], "utf-8").encode("utf-8"), pool[4])
    put("06_page_windows1256.html", _page(pool[5], "windows-1256").encode("cp1256"), pool[5])
    put("07_crlf.txt", pool[6].as_text().replace("\n", "\r\n").encode("utf-8"), pool[6])
    one_line = pool[7].title + ". " + pool[7].body.replace("\n\n", " ")
    put("08_long_single_line.txt", one_line.encode("utf-8"), pool[7])
    put("09_empty.txt", b"", None)
    noise = random.Random(7)
    garbage = bytes(noise.randrange(256) for _ in range(4096))
    put("10_binary_garbage.txt", garbage, None)
    return files


def _page(article: OwnArticle, charset: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in article.body.split("\n\n"))
    return (
        f'<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="{charset}">'
        f"<title>{article.title}</title></head><body>\n"
        '<nav><a href="/">الرئيسية</a> | <a href="/news">الأخبار</a></nav>\n'
        f"<article><h1>{article.title}</h1>\n{paragraphs}</article>\n"
        "<footer>جميع الحقوق محفوظة</footer></body></html>\n"
    )
