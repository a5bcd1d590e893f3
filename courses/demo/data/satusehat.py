"""Kursus: SATUSEHAT Mobile, catatan kesehatan pribadi dari Kementerian Kesehatan."""

from datetime import date

from courses.demo.spec import (
    Blank,
    Button,
    Callout,
    Choice,
    Course,
    Cover,
    Document,
    Field,
    Figure,
    FillBlank,
    Lesson,
    Line,
    Matching,
    Module,
    MultipleChoice,
    Notice,
    Pair,
    Row,
    Screen,
    Step,
    Steps,
    Text,
)

SEHAT_COLOR = "#00758f"
APP = "SATUSEHAT Mobile"

HOME_ITEMS = (
    Line("Halo, Siti Contoh", bold=True),
    Row("Ringkasan Kesehatan"),
    Row("Vaksinasi & Imunisasi"),
    Row("Diari Kesehatan"),
    Row("Check-in"),
)

# --- Activities --------------------------------------------------------------------------------
PENGGANTI_PEDULILINDUNGI = MultipleChoice(
    title="Coba: asal SATUSEHAT Mobile",
    question="Sejak Maret 2023, SATUSEHAT Mobile menggantikan aplikasi apa?",
    options=(
        Choice(
            "PeduliLindungi",
            correct=True,
            feedback=(
                "Benar. PeduliLindungi berganti menjadi SATUSEHAT Mobile, aplikasi dari "
                "Kementerian Kesehatan."
            ),
        ),
        Choice(
            "Mobile JKN",
            feedback=(
                "Belum tepat. Mobile JKN adalah aplikasi BPJS Kesehatan, dan masih dipakai sampai "
                "sekarang."
            ),
        ),
        Choice(
            "IKD",
            feedback="Belum tepat. IKD adalah KTP digital dari Dukcapil, bukan aplikasi kesehatan.",
        ),
    ),
)

FITUR_SATUSEHAT = Matching(
    title="Latihan: fitur SATUSEHAT Mobile",
    question="Pasangkan setiap fitur dengan isinya.",
    pairs=(
        Pair("Ringkasan kesehatan", "Catatan dari fasilitas kesehatan yang sudah terhubung"),
        Pair("Vaksinasi & Imunisasi", "Vaksin yang sudah tercatat, dengan sertifikatnya"),
        Pair("Diari kesehatan", "Angka yang Anda catat sendiri, misalnya tekanan darah"),
        Pair("Check-in", "Memindai kode QR di tempat yang menyediakannya"),
    ),
)

ANGKA_TENSI = FillBlank(
    title="Latihan: membaca tekanan darah",
    question="Lengkapi kalimat tentang hasil alat tensi.",
    text="Pada tekanan darah 120/80 mmHg, angka atas disebut ___ dan angka bawah disebut ___.",
    blanks=(
        Blank(
            answers=("sistolik",),
            label="Nama angka atas",
            feedback="Angka atas (120) adalah sistolik.",
        ),
        Blank(
            answers=("diastolik",),
            label="Nama angka bawah",
            feedback="Angka bawah (80) adalah diastolik.",
        ),
    ),
)


COURSE = Course(
    slug="satusehat-mobile",
    title="SATUSEHAT Mobile: Catatan Kesehatan di Ponsel",
    summary=(
        "Kenali SATUSEHAT Mobile, pengganti PeduliLindungi: masuk dan memverifikasi profil, "
        "melihat riwayat vaksinasi, dan mencatat diari kesehatan Anda sendiri."
    ),
    outcomes=(
        "Menjelaskan apa itu SATUSEHAT Mobile dan hubungannya dengan PeduliLindungi.",
        "Masuk ke aplikasi dan memverifikasi profil di fasilitas kesehatan.",
        "Melihat ringkasan kesehatan serta riwayat vaksinasi dan imunisasi.",
        "Mencatat berat badan, tekanan darah, gula darah, dan detak jantung di diari kesehatan.",
    ),
    level="dasar",
    pillar="cakap",
    topic="kesehatan",
    minutes=36,
    checked_on=date(2026, 11, 20),
    keywords=(
        "SATUSEHAT, SATUSEHAT Mobile, PeduliLindungi, sertifikat vaksin, vaksinasi, imunisasi, "
        "diari kesehatan, tekanan darah, gula darah, Kemenkes"
    ),
    cover=Cover(color="#00677f", label="SATUSEHAT", icon="heart"),
    modules=(
        Module(
            slug="mengenal-satusehat",
            title="Mengenal SATUSEHAT Mobile",
            lessons=(
                Lesson(
                    slug="dari-pedulilindungi",
                    title="Dari PeduliLindungi ke SATUSEHAT Mobile",
                    intro=(
                        "Aplikasi yang dulu dipakai saat pandemi kini menjadi catatan kesehatan "
                        "pribadi. Apa saja isinya?"
                    ),
                    minutes=7,
                    body=(
                        Text(
                            "<p>Masih ingat <b>PeduliLindungi</b>, aplikasi yang dipakai untuk "
                            "masuk mal dan melihat sertifikat vaksin saat pandemi COVID-19? Sejak "
                            "Maret 2023, aplikasi itu berganti menjadi <b>SATUSEHAT Mobile</b>, "
                            "aplikasi dari Kementerian Kesehatan.</p>"
                            "<p>Kalau dulu PeduliLindungi dipakai untuk pandemi, SATUSEHAT Mobile "
                            "dipakai untuk menyimpan catatan kesehatan Anda sendiri, di satu "
                            "tempat.</p>"
                            "<h2>Isi utamanya</h2>"
                            "<ul>"
                            "<li><b>Ringkasan kesehatan</b>: catatan dari fasilitas kesehatan yang "
                            "sudah terhubung dengan SATUSEHAT.</li>"
                            "<li><b>Riwayat vaksinasi dan imunisasi</b>, termasuk sertifikat "
                            "vaksin COVID-19.</li>"
                            "<li><b>Diari kesehatan</b>: tempat Anda mencatat sendiri berat "
                            "badan, tekanan darah, gula darah, dan detak jantung.</li>"
                            "<li><b>Check-in</b>: memindai kode QR di tempat yang "
                            "menyediakannya.</li>"
                            "</ul>"
                            "<h2>Data kesehatan adalah data pribadi yang istimewa</h2>"
                            "<p>Menurut Undang-Undang Pelindungan Data Pribadi (UU No. 27 Tahun "
                            "2022), data kesehatan termasuk data pribadi yang bersifat spesifik "
                            "dan harus dilindungi lebih ketat. Anda juga berhak melihat data Anda "
                            "dan meminta data yang salah diperbaiki.</p>"
                        ),
                        Figure(
                            screen=Screen(
                                app=APP,
                                heading="Beranda",
                                items=HOME_ITEMS,
                                color=SEHAT_COLOR,
                            ),
                            alt=(
                                "Contoh beranda SATUSEHAT Mobile. Sapaan Halo, Siti Contoh, lalu "
                                "empat baris menu: Ringkasan Kesehatan, Vaksinasi dan Imunisasi, "
                                "Diari Kesehatan, dan Check-in."
                            ),
                            caption=(
                                "Beranda SATUSEHAT Mobile (contoh, disederhanakan). Letak menu di "
                                "aplikasi Anda bisa berbeda."
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Jaga data kesehatan Anda",
                            html=(
                                "<ul>"
                                "<li>Jangan memberi tahu kode OTP kepada siapa pun. Petugas "
                                "kesehatan tidak akan memintanya lewat telepon atau chat.</li>"
                                "<li>Jangan mengunggah sertifikat vaksin atau tangkapan layar "
                                "aplikasi ke media sosial. Di dalamnya ada nama, NIK, dan kode "
                                "QR Anda.</li>"
                                "<li>Pasang aplikasi hanya dari Play Store atau App Store, bukan "
                                "dari tautan kiriman orang.</li>"
                                "</ul>"
                            ),
                        ),
                        PENGGANTI_PEDULILINDUNGI,
                    ),
                ),
                Lesson(
                    slug="masuk-dan-verifikasi",
                    title="Masuk dan memverifikasi profil",
                    intro=(
                        "Masuk ke SATUSEHAT Mobile, periksa profil, lalu verifikasi di fasilitas "
                        "kesehatan dengan e-KTP."
                    ),
                    minutes=10,
                    body=(
                        Text(
                            "<p>Jika di ponsel Anda masih ada PeduliLindungi, perbarui aplikasi "
                            "itu atau pasang <b>SATUSEHAT Mobile</b> dari Play Store atau App "
                            "Store. Pastikan penerbitnya Kementerian Kesehatan.</p>"
                            "<p>Cara masuk bisa berubah dari waktu ke waktu. Langkah di bawah "
                            "adalah contoh umumnya: masuk dengan nomor HP atau email, lalu "
                            "memasukkan kode OTP. Bila layar Anda berbeda, ikuti petunjuk di "
                            "aplikasi atau lihat menu bantuannya.</p>"
                        ),
                        Steps(
                            title="Masuk dan memeriksa profil",
                            steps=(
                                Step(
                                    title="Masukkan nomor HP atau email",
                                    html=(
                                        "<p>Buka SATUSEHAT Mobile, lalu ketik nomor HP atau "
                                        "email yang Anda pakai. Ketuk <b>Masuk</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Masuk",
                                        items=(
                                            Line("Masuk untuk melihat catatan kesehatan Anda."),
                                            Field("Nomor HP / Email", "0812-0000-0001"),
                                            Button("Masuk"),
                                        ),
                                        tap=2,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Masuk SATUSEHAT Mobile. Tulisan: masuk untuk "
                                        "melihat catatan kesehatan Anda. Kotak nomor HP atau "
                                        "email berisi 0812-0000-0001. Tombol Masuk disorot; "
                                        "ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Ketik kode OTP",
                                    html=(
                                        "<p>Kode OTP dikirim ke nomor HP atau email Anda. Ketik "
                                        "kode itu sendiri, lalu ketuk <b>Verifikasi</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Kode OTP",
                                        items=(
                                            Notice("Kode OTP dikirim ke 0812-0000-0001."),
                                            Field("Kode OTP", "******"),
                                            Button("Verifikasi"),
                                            Notice(
                                                "Jangan berikan kode ini kepada siapa pun.",
                                                tone="danger",
                                            ),
                                        ),
                                        tap=2,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Kode OTP. Kotak biru: kode OTP dikirim ke "
                                        "0812-0000-0001. Kotak isian kode tertutup bintang. "
                                        "Tombol Verifikasi disorot; ketuk tombol itu. Di bawahnya "
                                        "kotak merah: jangan berikan kode ini kepada siapa pun."
                                    ),
                                ),
                                Step(
                                    title="Periksa profil Anda",
                                    html=(
                                        "<p>Buka halaman profil. Periksa nama, NIK, dan tanggal "
                                        "lahir. Jika tertulis <b>belum terverifikasi</b>, "
                                        "lanjutkan ke verifikasi di fasilitas kesehatan, seperti "
                                        "dijelaskan di bawah.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Profil",
                                        items=(
                                            Line("SITI CONTOH", bold=True),
                                            Field("NIK", "6471000000000001"),
                                            Field("Tanggal lahir", "01-01-1990"),
                                            Notice("Profil belum terverifikasi"),
                                            Row("Cara verifikasi profil"),
                                        ),
                                        tap=4,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Profil. Nama SITI CONTOH, NIK 6471000000000001, "
                                        "tanggal lahir 01-01-1990. Kotak biru: profil belum "
                                        "terverifikasi. Baris Cara verifikasi profil disorot; "
                                        "ketuk untuk membaca petunjuknya."
                                    ),
                                ),
                            ),
                        ),
                        Text(
                            "<h2>Verifikasi profil di fasilitas kesehatan</h2>"
                            "<p>Profil yang terverifikasi berarti data di aplikasi sudah "
                            "dicocokkan dengan e-KTP Anda oleh petugas di fasilitas kesehatan, "
                            "misalnya puskesmas. Dengan begitu, catatan kesehatan dari faskes bisa "
                            "dihubungkan ke orang yang benar.</p>"
                            "<ol>"
                            "<li>Tanyakan dulu apakah puskesmas atau klinik Anda melayani "
                            "verifikasi profil SATUSEHAT.</li>"
                            "<li>Datang membawa e-KTP dan ponsel yang sudah bisa masuk ke "
                            "aplikasi.</li>"
                            "<li>Sampaikan kepada petugas pendaftaran bahwa Anda ingin "
                            "memverifikasi profil SATUSEHAT, lalu ikuti petunjuknya.</li>"
                            "<li>Setelah selesai, buka lagi halaman profil dan periksa "
                            "statusnya.</li>"
                            "</ol>"
                        ),
                        Document(
                            title="Ceklis verifikasi profil SATUSEHAT",
                            description=(
                                "Satu halaman untuk dicetak: bawa dan periksa ini saat "
                                "memverifikasi profil di fasilitas kesehatan."
                            ),
                            filename="ceklis-verifikasi-satusehat.pdf",
                            heading="Verifikasi profil SATUSEHAT Mobile",
                            lines=(
                                "Aplikasi SATUSEHAT Mobile resmi terpasang",
                                "Sudah bisa masuk dengan nomor HP atau email",
                                "Nama, NIK, tanggal lahir sudah diperiksa",
                                "Faskes melayani verifikasi sudah ditanyakan",
                                "e-KTP asli dibawa",
                                "Baterai ponsel dan kuota internet cukup",
                                "Kode OTP diketik sendiri, tidak dibagikan",
                                "Status profil diperiksa lagi setelahnya",
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Module(
            slug="memakai-fitur",
            title="Memakai fitur sehari-hari",
            lessons=(
                Lesson(
                    slug="ringkasan-dan-vaksinasi",
                    title="Ringkasan kesehatan, vaksinasi, dan check-in",
                    intro=(
                        "Lihat catatan kesehatan dan riwayat vaksinasi Anda, dan kenali fitur "
                        "check-in."
                    ),
                    minutes=9,
                    body=(
                        Text(
                            "<p><b>Ringkasan kesehatan</b> mengumpulkan catatan dari fasilitas "
                            "kesehatan yang sudah terhubung dengan SATUSEHAT. Isinya bergantung "
                            "pada data yang sudah dikirim oleh faskes, jadi bisa saja masih "
                            "sedikit atau kosong. Itu wajar.</p>"
                            "<p><b>Riwayat vaksinasi dan imunisasi</b> menampilkan vaksin yang "
                            "sudah tercatat, misalnya vaksin COVID-19. Di sini juga Anda bisa "
                            "membuka sertifikat vaksin bila diperlukan.</p>"
                        ),
                        Steps(
                            title="Melihat riwayat vaksinasi",
                            steps=(
                                Step(
                                    title="Buka Vaksinasi & Imunisasi",
                                    html=(
                                        "<p>Di beranda, ketuk <b>Vaksinasi &amp; Imunisasi</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Beranda",
                                        items=HOME_ITEMS,
                                        tap=2,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Beranda SATUSEHAT Mobile dengan empat baris menu. Baris "
                                        "Vaksinasi dan Imunisasi disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih catatan vaksin",
                                    html=(
                                        "<p>Daftar vaksin yang tercatat muncul, dengan tanggalnya. "
                                        "Ketuk salah satu untuk melihat rinciannya.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Vaksinasi & Imunisasi",
                                        items=(
                                            Line("Riwayat vaksinasi Siti Contoh"),
                                            Row("COVID-19 Dosis 1", "12-08-2021"),
                                            Row("COVID-19 Dosis 2", "09-09-2021"),
                                            Row("COVID-19 Booster", "15-03-2022"),
                                        ),
                                        tap=1,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Vaksinasi dan Imunisasi. Riwayat vaksinasi Siti "
                                        "Contoh dengan tiga baris: COVID-19 dosis 1, dosis 2, "
                                        "dan booster, masing-masing dengan tanggal. Baris dosis 1 "
                                        "disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Lihat rincian dan sertifikat",
                                    html=(
                                        "<p>Rincian menampilkan jenis vaksin, tanggal, dan tempat "
                                        "vaksinasi. Jika perlu sertifikat, ketuk <b>Lihat "
                                        "Sertifikat</b>. Tunjukkan langsung di layar, jangan "
                                        "disebarkan.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Rincian Vaksin",
                                        items=(
                                            Field("Vaksin", "COVID-19 Dosis 1"),
                                            Field("Tanggal", "12-08-2021"),
                                            Field("Tempat", "Puskesmas Contoh"),
                                            Button("Lihat Sertifikat"),
                                        ),
                                        tap=3,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Rincian Vaksin: vaksin COVID-19 dosis 1, tanggal "
                                        "12-08-2021, tempat Puskesmas Contoh. Tombol Lihat "
                                        "Sertifikat disorot; ketuk tombol itu."
                                    ),
                                ),
                            ),
                        ),
                        Text(
                            "<h2>Ada vaksin yang tidak muncul?</h2>"
                            "<p>Catatan hanya muncul bila faskes sudah mencatatnya secara "
                            "digital. Tanyakan ke faskes tempat Anda atau anak Anda divaksin. "
                            "Simpan juga catatan kertas, seperti buku KIA (Kesehatan Ibu dan "
                            "Anak) untuk imunisasi anak.</p>"
                            "<h2>Check-in</h2>"
                            "<p>Fitur check-in adalah warisan PeduliLindungi: Anda memindai kode "
                            "QR yang dipasang di suatu tempat. Gunakan hanya bila tempat itu "
                            "memintanya, dan pastikan kode QR-nya ditempel resmi oleh pengelola "
                            "tempat, bukan stiker tempelan orang lain.</p>"
                        ),
                        FITUR_SATUSEHAT,
                    ),
                    completion="passed",
                ),
                Lesson(
                    slug="diari-kesehatan",
                    title="Mencatat diari kesehatan",
                    intro=(
                        "Catat berat badan, tekanan darah, gula darah, dan detak jantung Anda, "
                        "lalu tunjukkan kepada tenaga kesehatan."
                    ),
                    minutes=10,
                    body=(
                        Text(
                            "<p><b>Diari kesehatan</b> adalah buku catatan di dalam aplikasi. "
                            "Anda sendiri yang mengisinya. Yang bisa dicatat antara lain:</p>"
                            "<ul>"
                            "<li><b>Berat badan</b>, dalam kilogram.</li>"
                            "<li><b>Tekanan darah</b>: dua angka, misalnya 120/80 mmHg.</li>"
                            "<li><b>Gula darah</b>, dalam mg/dL.</li>"
                            "<li><b>Detak jantung</b>, dalam denyut per menit.</li>"
                            "</ul>"
                            "<p>Catatan rutin, misalnya setiap pagi pada jam yang sama, "
                            "memudahkan dokter atau perawat melihat perubahan dari waktu ke "
                            "waktu. Anda bisa mengukur di posbindu, puskesmas, atau dengan alat "
                            "di rumah.</p>"
                        ),
                        Steps(
                            title="Mencatat tekanan darah",
                            steps=(
                                Step(
                                    title="Buka Diari Kesehatan",
                                    html="<p>Di beranda, ketuk <b>Diari Kesehatan</b>.</p>",
                                    screen=Screen(
                                        app=APP,
                                        heading="Beranda",
                                        items=HOME_ITEMS,
                                        tap=3,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Beranda SATUSEHAT Mobile dengan empat baris menu. Baris "
                                        "Diari Kesehatan disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih Tekanan Darah",
                                    html=(
                                        "<p>Pilih jenis catatan. Untuk latihan ini, ketuk "
                                        "<b>Tekanan Darah</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Diari Kesehatan",
                                        items=(
                                            Row("Berat Badan", "62 kg"),
                                            Row("Tekanan Darah", "belum ada"),
                                            Row("Gula Darah", "belum ada"),
                                            Row("Detak Jantung", "belum ada"),
                                        ),
                                        tap=1,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Diari Kesehatan dengan empat baris: Berat Badan 62 "
                                        "kg, lalu Tekanan Darah, Gula Darah, dan Detak Jantung "
                                        "yang belum ada isinya. Baris Tekanan Darah disorot; "
                                        "ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Isi angka, lalu simpan",
                                    html=(
                                        "<p>Angka atas (sistolik) dan angka bawah (diastolik) "
                                        "tertera di layar alat tensi. Ketik keduanya, periksa "
                                        "tanggal dan jamnya, lalu ketuk <b>Simpan</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Tekanan Darah",
                                        items=(
                                            Field("Sistolik (mmHg)", "120"),
                                            Field("Diastolik (mmHg)", "80"),
                                            Field("Waktu", "20-11-2026, 07.00"),
                                            Button("Simpan"),
                                        ),
                                        tap=3,
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Tekanan Darah dengan kotak isian: sistolik 120 "
                                        "mmHg, diastolik 80 mmHg, waktu 20-11-2026 pukul 07.00. "
                                        "Tombol Simpan disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Lihat riwayat catatan",
                                    html=(
                                        "<p>Catatan Anda tersimpan dan tampil dalam daftar. Saat "
                                        "berobat, buka daftar ini dan tunjukkan kepada dokter "
                                        "atau perawat.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Tekanan Darah",
                                        items=(
                                            Notice("Catatan tersimpan.", tone="success"),
                                            Row("120/80 mmHg", "20-11-2026, 07.00"),
                                            Row("124/82 mmHg", "19-11-2026, 07.05"),
                                            Row("118/79 mmHg", "18-11-2026, 06.55"),
                                        ),
                                        color=SEHAT_COLOR,
                                    ),
                                    alt=(
                                        "Layar Tekanan Darah. Kotak hijau: catatan tersimpan. Di "
                                        "bawahnya tiga catatan contoh dari tiga pagi berturut-"
                                        "turut: 120/80, 124/82, dan 118/79 mmHg. Tidak ada yang "
                                        "perlu diketuk."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="warning",
                            title="Diari bukan pengganti dokter",
                            html=(
                                "<p>Aplikasi hanya menyimpan angka yang Anda ketik; aplikasi tidak "
                                "memeriksa Anda. Tanyakan kepada tenaga kesehatan berapa angka "
                                "yang baik untuk Anda. Bila merasa tidak enak badan, atau angka "
                                "Anda jauh berbeda dari biasanya, segera datang ke faskes.</p>"
                            ),
                        ),
                        Text(
                            "<h2>Tips agar catatan berguna</h2>"
                            "<ul>"
                            "<li>Ukur pada waktu yang sama setiap hari, dalam keadaan "
                            "tenang.</li>"
                            "<li>Ketik angka persis seperti di layar alat, jangan "
                            "dibulatkan.</li>"
                            "<li>Salah ketik? Cari pilihan untuk mengubah atau menghapus catatan "
                            "itu, agar riwayat Anda tetap benar.</li>"
                            "</ul>"
                        ),
                        ANGKA_TENSI,
                    ),
                ),
            ),
        ),
    ),
)
