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
    Topic("kependudukan", "Kependudukan", "Population records"),
    Topic("kesehatan", "Kesehatan", "Health"),
    Topic("usaha", "Usaha & Perizinan", "Business & licences"),
    Topic("pengaduan", "Pengaduan & Partisipasi", "Complaints & participation"),
    Topic("keamanan", "Keamanan Digital", "Digital safety"),
    Topic("etika", "Etika & Informasi", "Ethics & information"),
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
