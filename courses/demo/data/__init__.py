"""The demo catalog: topics and courses, in Bahasa Indonesia, with one course also in English."""

from courses.demo.spec import Catalog, Topic

from . import (
    aman_di_internet,
    etika_dan_hoaks,
    ikd,
    ikd_en,
    kependudukan_balikpapan,
    lapor,
    mobile_jkn,
    oss,
    satusehat,
)

TOPICS = (
    Topic(
        "kependudukan", "Kependudukan", "Population records", "KTP digital, akta, kartu keluarga."
    ),
    Topic("kesehatan", "Kesehatan", "Health", "BPJS Kesehatan, SATUSEHAT, antrean faskes."),
    Topic("usaha", "Usaha & Perizinan", "Business & licences", "NIB, OSS, izin usaha."),
    Topic(
        "pengaduan",
        "Pengaduan & Partisipasi",
        "Complaints & participation",
        "Menyampaikan aduan ke pemerintah.",
    ),
    Topic(
        "keamanan",
        "Keamanan Digital",
        "Digital safety",
        "Penipuan, OTP, kata sandi, aplikasi palsu.",
    ),
    Topic("etika", "Etika & Informasi", "Ethics & information", "Hoaks, etika bermedia sosial."),
)

CATALOG = Catalog(
    topics=TOPICS,
    courses=(
        ikd.COURSE,
        kependudukan_balikpapan.COURSE,
        mobile_jkn.COURSE,
        satusehat.COURSE,
        oss.COURSE,
        lapor.COURSE,
        aman_di_internet.COURSE,
        etika_dan_hoaks.COURSE,
    ),
)

TRANSLATIONS = {"en": (ikd_en.COURSE,)}
