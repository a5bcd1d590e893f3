"""Kursus: Mobile JKN (BPJS Kesehatan), masuk ke akun, mengganti FKTP, dan antrean online."""

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
    Module,
    MultipleChoice,
    Notice,
    Ordering,
    Row,
    Screen,
    Step,
    Steps,
    Text,
)

JKN_COLOR = "#007a3d"
APP = "Mobile JKN"

# --- Activities --------------------------------------------------------------------------------
MINTA_OTP = MultipleChoice(
    title="Coba: permintaan kode OTP",
    question=(
        "Seseorang menelepon, mengaku petugas BPJS Kesehatan, lalu meminta kode OTP yang baru "
        "masuk ke HP Anda. Apa yang sebaiknya Anda lakukan?"
    ),
    options=(
        Choice(
            "Tidak memberikan kodenya. Bila ragu, hubungi Care Center 165.",
            correct=True,
            feedback=(
                "Benar. Kode OTP hanya untuk Anda. Untuk bertanya, hubungi sendiri nomor resmi "
                "Care Center BPJS Kesehatan, 165."
            ),
        ),
        Choice(
            "Memberikan kodenya, karena penelepon tahu nama Anda.",
            feedback=(
                "Belum tepat. Penipu sering sudah tahu nama Anda. Siapa pun yang meminta OTP, "
                "jangan berikan."
            ),
        ),
        Choice(
            "Mengirim kodenya lewat WhatsApp saja, jangan lewat telepon.",
            feedback=(
                "Belum tepat. Lewat telepon atau chat sama saja: kode OTP tidak boleh diberikan "
                "kepada siapa pun."
            ),
        ),
    ),
)

URUTAN_GANTI_FKTP = Ordering(
    title="Latihan: urutan mengganti FKTP",
    question="Urutkan langkah mengganti FKTP di Mobile JKN.",
    items=(
        "Ketuk Menu Lainnya di beranda",
        "Pilih Perubahan Data Peserta",
        "Pilih FKTP",
        "Pilih provinsi dan kota",
        "Pilih klinik baru",
        "Ketik kode OTP dan ketuk Verifikasi",
    ),
)

ATURAN_FKTP = FillBlank(
    title="Latihan: aturan mengganti FKTP",
    question="Lengkapi kalimat berikut.",
    text="FKTP hanya bisa diganti satu kali setiap ___ bulan.",
    blanks=(
        Blank(
            answers=("tiga", "3"),
            label="Jumlah bulan",
            feedback=(
                "Tiga bulan. Karena itu, pilih FKTP baru dengan teliti: dekat dari rumah dan mudah "
                "dicapai."
            ),
        ),
    ),
)


COURSE = Course(
    slug="mobile-jkn",
    title="Mobile JKN: Ganti Faskes dan Ambil Antrean",
    summary=(
        "Pakai aplikasi Mobile JKN dari BPJS Kesehatan untuk memeriksa kepesertaan, mengganti "
        "klinik tingkat pertama (FKTP), dan mengambil nomor antrean tanpa menunggu lama di "
        "faskes."
    ),
    outcomes=(
        "Memasang Mobile JKN yang resmi dan masuk ke akun dengan aman.",
        "Memeriksa status kepesertaan dan FKTP tempat Anda terdaftar.",
        "Mengganti FKTP lewat Menu Lainnya dan memahami aturan tiga bulan.",
        "Mengambil nomor antrean online di FKTP Anda.",
    ),
    level="dasar",
    pillar="cakap",
    topic="kesehatan",
    minutes=36,
    checked_on=date(2026, 11, 20),
    keywords=(
        "Mobile JKN, BPJS Kesehatan, JKN, KIS, ganti faskes, pindah faskes, FKTP, puskesmas, "
        "klinik, antrean online, nomor antrean"
    ),
    cover=Cover(color="#0b6b3a", label="JKN", icon="health"),
    modules=(
        Module(
            slug="mulai-mobile-jkn",
            title="Mulai memakai Mobile JKN",
            lessons=(
                Lesson(
                    slug="mengenal-mobile-jkn",
                    title="Mengenal Mobile JKN",
                    intro=(
                        "Apa itu Mobile JKN, apa saja yang bisa dilakukan, dan bagaimana "
                        "memakainya dengan aman."
                    ),
                    minutes=6,
                    body=(
                        Text(
                            "<p>JKN adalah Jaminan Kesehatan Nasional, program jaminan kesehatan "
                            "yang dikelola oleh BPJS Kesehatan. <b>Mobile JKN</b> adalah aplikasi "
                            "resmi BPJS Kesehatan untuk peserta JKN. Dengan aplikasi ini, banyak "
                            "urusan bisa dikerjakan dari ponsel tanpa datang ke kantor BPJS "
                            "Kesehatan.</p>"
                            "<h2>Yang bisa dilakukan di Mobile JKN</h2>"
                            "<ul>"
                            "<li>Melihat kartu peserta JKN versi digital.</li>"
                            "<li>Memeriksa status kepesertaan: aktif atau tidak.</li>"
                            "<li>Melihat dan mengganti FKTP, yaitu puskesmas, klinik, atau dokter "
                            "tempat Anda pertama kali berobat.</li>"
                            "<li>Mengambil nomor antrean online di faskes.</li>"
                            "<li>Mengubah data peserta, seperti nomor HP dan email.</li>"
                            "</ul>"
                            "<p>Anggota keluarga yang tercatat dalam satu Kartu Keluarga biasanya "
                            "juga tampil di akun Anda, sehingga Anda bisa membantu mengurus "
                            "mereka. Menu di aplikasi bisa berubah setelah pembaruan; bila layar "
                            "Anda berbeda dari contoh di kursus ini, ikuti petunjuk di aplikasi "
                            "atau tanyakan ke layanan resmi BPJS Kesehatan.</p>"
                        ),
                        Figure(
                            screen=Screen(
                                app=APP,
                                heading="Beranda",
                                items=(
                                    Line("Halo, Siti Contoh", bold=True),
                                    Row("Info Peserta"),
                                    Row("Pendaftaran Pelayanan", "Antrean"),
                                    Row("Menu Lainnya"),
                                ),
                                color=JKN_COLOR,
                            ),
                            alt=(
                                "Contoh beranda Mobile JKN. Di atas tertulis Halo, Siti Contoh. Di "
                                "bawahnya tiga baris menu: Info Peserta, Pendaftaran Pelayanan "
                                "(Antrean), dan Menu Lainnya."
                            ),
                            caption=(
                                "Beranda Mobile JKN (contoh, disederhanakan). Nama dan data di "
                                "kursus ini karangan."
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Aplikasi gratis, OTP dan kata sandi rahasia",
                            html=(
                                "<p>Mobile JKN gratis. Pasang hanya dari Play Store atau App "
                                "Store, dengan penerbit BPJS Kesehatan.</p>"
                                "<ul>"
                                "<li>Jangan memberi tahu kata sandi atau kode OTP kepada siapa "
                                "pun, termasuk orang yang mengaku petugas BPJS Kesehatan.</li>"
                                "<li>Jangan memasang aplikasi dari tautan di WhatsApp atau SMS, "
                                "walaupun tampak seperti aplikasi BPJS Kesehatan.</li>"
                                "<li>Ragu? Hubungi Care Center BPJS Kesehatan di nomor 165.</li>"
                                "</ul>"
                            ),
                        ),
                        MINTA_OTP,
                    ),
                ),
                Lesson(
                    slug="masuk-ke-akun",
                    title="Masuk ke akun Mobile JKN",
                    intro="Pasang aplikasi, masuk ke akun, lalu periksa status dan FKTP Anda.",
                    minutes=8,
                    body=(
                        Text(
                            "<p>Sebelum mulai, siapkan NIK (16 angka di e-KTP) atau nomor kartu "
                            "JKN Anda. Jika belum punya akun, pilih <b>Daftar</b> di layar awal "
                            "dan ikuti petunjuknya; kode OTP akan dikirim ke nomor HP atau email "
                            "Anda.</p>"
                            "<p>Lupa kata sandi? Cari pilihan <b>Lupa Password</b> di layar masuk. "
                            "Jangan meminta orang lain membuatkan akun dengan nomor HP atau email "
                            "mereka, karena kode penting akan dikirim ke sana.</p>"
                        ),
                        Steps(
                            title="Masuk dan memeriksa kepesertaan",
                            steps=(
                                Step(
                                    title="Pasang aplikasi resmi",
                                    html=(
                                        "<p>Buka Play Store atau App Store, cari <b>Mobile "
                                        "JKN</b>, dan pastikan penerbitnya BPJS Kesehatan. Ketuk "
                                        "<b>Instal</b>, lalu buka aplikasinya.</p>"
                                    ),
                                    screen=Screen(
                                        app="Play Store",
                                        heading="Hasil pencarian",
                                        items=(
                                            Field("Cari", "Mobile JKN"),
                                            Row("Mobile JKN", "BPJS Kesehatan"),
                                            Button("Instal"),
                                        ),
                                        tap=2,
                                        color="#01875f",
                                    ),
                                    alt=(
                                        "Layar toko aplikasi. Kotak pencarian berisi Mobile JKN. "
                                        "Hasilnya: Mobile JKN, penerbit BPJS Kesehatan. Tombol "
                                        "Instal disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Masukkan NIK dan kata sandi",
                                    html=(
                                        "<p>Di layar masuk, ketik NIK atau nomor kartu JKN, lalu "
                                        "kata sandi. Jika ada kotak kode pengaman (captcha), "
                                        "ketik huruf dan angka yang tampil. Ketuk "
                                        "<b>Masuk</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Masuk",
                                        items=(
                                            Field("NIK / No. Kartu", "6471000000000001"),
                                            Field("Password", "******"),
                                            Field("Kode captcha", "CONTOH"),
                                            Button("Masuk"),
                                            Row("Lupa Password"),
                                        ),
                                        tap=3,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Masuk Mobile JKN. Kotak NIK atau nomor kartu berisi "
                                        "6471000000000001, kotak password tertutup bintang, kotak "
                                        "kode captcha berisi CONTOH. Tombol Masuk disorot; ketuk "
                                        "tombol itu. Di bawahnya ada baris Lupa Password."
                                    ),
                                ),
                                Step(
                                    title="Buka Info Peserta",
                                    html=(
                                        "<p>Setelah masuk, Anda tiba di beranda. Ketuk <b>Info "
                                        "Peserta</b> untuk melihat data kepesertaan Anda dan "
                                        "keluarga.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Beranda",
                                        items=(
                                            Line("Halo, Siti Contoh", bold=True),
                                            Row("Info Peserta"),
                                            Row("Pendaftaran Pelayanan", "Antrean"),
                                            Row("Menu Lainnya"),
                                        ),
                                        tap=1,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Beranda Mobile JKN dengan sapaan Halo, Siti Contoh, dan "
                                        "tiga baris menu. Baris Info Peserta disorot; ketuk baris "
                                        "itu."
                                    ),
                                ),
                                Step(
                                    title="Periksa status dan FKTP",
                                    html=(
                                        "<p>Periksa dua hal: <b>status</b> kepesertaan harus "
                                        "aktif, dan <b>FKTP</b> menunjukkan tempat Anda berobat "
                                        "pertama kali. Jika status tidak aktif, tanyakan "
                                        "penyebabnya ke Care Center 165 atau kantor BPJS "
                                        "Kesehatan.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Info Peserta",
                                        items=(
                                            Line("SITI CONTOH", bold=True),
                                            Field("No. Kartu", "0000000000001"),
                                            Notice("Status: AKTIF", tone="success"),
                                            Field("FKTP", "Klinik Contoh Sehat"),
                                        ),
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Info Peserta. Nama SITI CONTOH, nomor kartu "
                                        "0000000000001, kotak hijau bertuliskan status aktif, "
                                        "lalu FKTP Klinik Contoh Sehat. Tidak ada yang perlu "
                                        "diketuk."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="tip",
                            title="Keluar dari akun di ponsel orang lain",
                            html=(
                                "<p>Jika Anda masuk memakai ponsel keluarga atau teman, keluar "
                                "(<i>logout</i>) dari akun setelah selesai, agar data kesehatan "
                                "Anda tidak terbuka bagi orang lain.</p>"
                            ),
                        ),
                    ),
                ),
            ),
        ),
        Module(
            slug="faskes-dan-antrean",
            title="Ganti faskes dan ambil antrean",
            lessons=(
                Lesson(
                    slug="ganti-fktp",
                    title="Mengganti klinik tingkat pertama (FKTP)",
                    intro=(
                        "Pindah rumah atau ingin berobat lebih dekat? Ganti FKTP sendiri dari "
                        "ponsel, dengan memperhatikan aturan tiga bulan."
                    ),
                    minutes=12,
                    body=(
                        Text(
                            "<p><b>FKTP</b> (Fasilitas Kesehatan Tingkat Pertama) adalah tempat "
                            "Anda berobat pertama kali sebagai peserta JKN: puskesmas, klinik "
                            "pratama, atau dokter praktik. Dari FKTP inilah Anda dirujuk ke rumah "
                            "sakit bila perlu. Karena itu, pilihlah FKTP yang dekat dari rumah "
                            "dan mudah dicapai.</p>"
                            "<h2>Aturan yang perlu diingat</h2>"
                            "<ul>"
                            "<li>FKTP hanya bisa diganti <b>satu kali setiap tiga bulan</b>. "
                            "Jika belum tiga bulan sejak penggantian terakhir, aplikasi akan "
                            "menolak.</li>"
                            "<li>Penggantian dikonfirmasi dengan kode OTP yang dikirim ke nomor "
                            "HP Anda, jadi pastikan nomor HP di data peserta masih aktif.</li>"
                            "<li>Aplikasi memberi tahu sejak kapan FKTP baru berlaku. Sampai "
                            "saat itu, tetap berobat di FKTP lama.</li>"
                            "</ul>"
                            "<p>Pikirkan baik-baik sebelum memilih, karena Anda harus menunggu "
                            "tiga bulan untuk menggantinya lagi. Tanyakan tetangga atau kader "
                            "kesehatan di lingkungan Anda tentang jam buka dan layanan FKTP yang "
                            "ingin Anda pilih.</p>"
                        ),
                        Steps(
                            title="Langkah mengganti FKTP",
                            steps=(
                                Step(
                                    title="Buka Menu Lainnya",
                                    html=(
                                        "<p>Masuk ke Mobile JKN. Di beranda, ketuk <b>Menu "
                                        "Lainnya</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Beranda",
                                        items=(
                                            Line("Halo, Siti Contoh", bold=True),
                                            Row("Info Peserta"),
                                            Row("Pendaftaran Pelayanan", "Antrean"),
                                            Row("Menu Lainnya"),
                                        ),
                                        tap=3,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Beranda Mobile JKN dengan tiga baris menu. Baris paling "
                                        "bawah, Menu Lainnya, disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih Perubahan Data Peserta",
                                    html=(
                                        "<p>Dari daftar menu, ketuk <b>Perubahan Data "
                                        "Peserta</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Menu Lainnya",
                                        items=(
                                            Line("Pilih layanan:"),
                                            Row("Info Peserta"),
                                            Row("Perubahan Data Peserta"),
                                            Row("Info Iuran"),
                                        ),
                                        tap=2,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Menu Lainnya. Tulisan: pilih layanan. Tiga baris: "
                                        "Info Peserta, Perubahan Data Peserta, dan Info Iuran. "
                                        "Baris Perubahan Data Peserta disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih FKTP",
                                    html=(
                                        "<p>Jika diminta, pilih dulu nama anggota keluarga yang "
                                        "FKTP-nya ingin diganti. Lalu ketuk <b>FKTP</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Perubahan Data",
                                        items=(
                                            Line("Pilih data yang ingin diubah:"),
                                            Row("Nomor HP", "0812-0000-0001"),
                                            Row("Email", "siti.contoh@contoh.id"),
                                            Row("FKTP", "Klinik Contoh Sehat"),
                                        ),
                                        tap=3,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Perubahan Data. Tulisan: pilih data yang ingin "
                                        "diubah. Tiga baris: Nomor HP, Email, dan FKTP dengan "
                                        "keterangan Klinik Contoh Sehat. Baris FKTP disorot; "
                                        "ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih provinsi dan kota",
                                    html=(
                                        "<p>Pilih provinsi <b>Kalimantan Timur</b>, lalu kota "
                                        "<b>Kota Balikpapan</b>. Ketuk <b>Cari</b> untuk melihat "
                                        "daftar faskes.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Ubah FKTP",
                                        items=(
                                            Field("Provinsi", "Kalimantan Timur"),
                                            Field("Kabupaten/Kota", "Kota Balikpapan"),
                                            Button("Cari"),
                                        ),
                                        tap=2,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Ubah FKTP. Kotak provinsi berisi Kalimantan Timur, "
                                        "kotak kabupaten atau kota berisi Kota Balikpapan. Tombol "
                                        "Cari disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih klinik baru",
                                    html=(
                                        "<p>Daftar faskes di kota itu muncul. Baca nama dan "
                                        "alamatnya dengan teliti, lalu ketuk faskes yang Anda "
                                        "pilih.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Pilih FKTP",
                                        items=(
                                            Line("Kota Balikpapan"),
                                            Row("Puskesmas Contoh Baru", "Jl. Contoh No. 5"),
                                            Row("Klinik Pratama Contoh", "Jl. Contoh No. 9"),
                                            Row("dr. Contoh, Praktik", "Jl. Contoh No. 12"),
                                        ),
                                        tap=1,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Pilih FKTP untuk Kota Balikpapan, dengan tiga "
                                        "faskes contoh: Puskesmas Contoh Baru, Klinik Pratama "
                                        "Contoh, dan praktik dr. Contoh. Baris Puskesmas Contoh "
                                        "Baru disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Masukkan kode OTP",
                                    html=(
                                        "<p>Kode OTP dikirim ke nomor HP yang tercatat di data "
                                        "peserta. Ketik kode itu, lalu ketuk <b>Verifikasi</b>. "
                                        "Kode ini hanya untuk Anda; jangan berikan kepada siapa "
                                        "pun.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Verifikasi OTP",
                                        items=(
                                            Notice("Kode OTP dikirim ke 0812-0000-0001."),
                                            Field("Kode OTP", "******"),
                                            Button("Verifikasi"),
                                        ),
                                        tap=2,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Verifikasi OTP. Kotak biru: kode OTP dikirim ke "
                                        "0812-0000-0001. Kotak isian kode OTP tertutup bintang. "
                                        "Tombol Verifikasi disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Baca keterangan berhasil",
                                    html=(
                                        "<p>Jika berhasil, aplikasi menampilkan FKTP baru Anda. "
                                        "Bacalah keterangan sejak kapan FKTP baru berlaku, lalu "
                                        "periksa lagi lewat <b>Info Peserta</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Ubah FKTP",
                                        items=(
                                            Notice("Perubahan FKTP berhasil.", tone="success"),
                                            Field("FKTP baru", "Puskesmas Contoh Baru"),
                                            Line("Baca kapan FKTP baru mulai berlaku."),
                                            Button("Kembali ke Beranda", primary=False),
                                        ),
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Ubah FKTP. Kotak hijau: perubahan FKTP berhasil. "
                                        "FKTP baru: Puskesmas Contoh Baru. Tulisan: baca kapan "
                                        "FKTP baru mulai berlaku. Di bawah ada tombol Kembali ke "
                                        "Beranda. Tidak ada yang wajib diketuk."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="warning",
                            title="Ditolak karena belum tiga bulan?",
                            html=(
                                "<p>Itu bukan kesalahan Anda. Catat tanggal penggantian terakhir, "
                                "lalu coba lagi setelah tiga bulan. Untuk keadaan khusus, "
                                "tanyakan ke Care Center 165 atau kantor BPJS Kesehatan.</p>"
                            ),
                        ),
                        Document(
                            title="Ceklis ganti FKTP",
                            description=(
                                "Satu halaman untuk dicetak: periksa sebelum dan sesudah "
                                "mengganti FKTP di Mobile JKN."
                            ),
                            filename="ceklis-ganti-fktp.pdf",
                            heading="Ganti FKTP di Mobile JKN",
                            lines=(
                                "Sudah tiga bulan sejak ganti FKTP terakhir",
                                "Nomor HP di data peserta masih aktif",
                                "Status kepesertaan aktif",
                                "FKTP baru dekat dan mudah dicapai",
                                "Jam buka FKTP baru sudah ditanyakan",
                                "Menu Lainnya > Perubahan Data Peserta > FKTP",
                                "Pilih Kalimantan Timur, Kota Balikpapan",
                                "Pilih faskes, periksa nama dan alamat",
                                "Ketik kode OTP sendiri, jangan dibagikan",
                                "Catat tanggal FKTP baru berlaku",
                                "Periksa lagi lewat Info Peserta",
                            ),
                        ),
                        URUTAN_GANTI_FKTP,
                        ATURAN_FKTP,
                    ),
                    completion="passed",
                ),
                Lesson(
                    slug="antrean-online",
                    title="Mengambil nomor antrean online",
                    intro=(
                        "Ambil nomor antrean dari rumah, lalu datang ke faskes mendekati waktunya."
                    ),
                    minutes=10,
                    body=(
                        Text(
                            "<p>Dengan antrean online, Anda tidak perlu datang pagi-pagi hanya "
                            "untuk mengambil nomor. Anda memilih tanggal dan poli dari rumah, lalu "
                            "aplikasi memberi nomor antrean dan perkiraan waktu dilayani.</p>"
                            "<h2>Sebelum mulai</h2>"
                            "<ul>"
                            "<li>Antrean di tingkat pertama diambil di <b>FKTP tempat Anda "
                            "terdaftar</b>.</li>"
                            "<li>Belum semua faskes melayani antrean online. Jika faskes Anda "
                            "tidak muncul, tanyakan langsung ke faskes tersebut.</li>"
                            "<li>Untuk berobat ke rumah sakit, biasanya Anda perlu rujukan dari "
                            "FKTP lebih dulu.</li>"
                            "</ul>"
                        ),
                        Callout(
                            kind="warning",
                            title="Keadaan darurat tidak perlu antrean",
                            html=(
                                "<p>Sesak napas berat, pingsan, kecelakaan, atau nyeri dada hebat: "
                                "jangan mengurus antrean di aplikasi. Langsung ke IGD rumah sakit "
                                "terdekat.</p>"
                            ),
                        ),
                        Steps(
                            title="Langkah mengambil antrean",
                            steps=(
                                Step(
                                    title="Buka Pendaftaran Pelayanan",
                                    html=(
                                        "<p>Di beranda, ketuk <b>Pendaftaran Pelayanan "
                                        "(Antrean)</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Beranda",
                                        items=(
                                            Line("Halo, Siti Contoh", bold=True),
                                            Row("Info Peserta"),
                                            Row("Pendaftaran Pelayanan", "Antrean"),
                                            Row("Menu Lainnya"),
                                        ),
                                        tap=2,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Beranda Mobile JKN dengan tiga baris menu. Baris "
                                        "Pendaftaran Pelayanan (Antrean) disorot; ketuk baris "
                                        "itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih faskes tingkat pertama",
                                    html=(
                                        "<p>Pilih <b>Faskes Tingkat Pertama</b>. Jika ada beberapa "
                                        "anggota keluarga, pilih nama orang yang akan berobat.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Pendaftaran Pelayanan",
                                        items=(
                                            Line("Pilih jenis faskes:"),
                                            Row("Faskes Tingkat Pertama"),
                                            Row("Faskes Rujukan (RS)"),
                                        ),
                                        tap=1,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Pendaftaran Pelayanan. Tulisan: pilih jenis "
                                        "faskes. Dua baris: Faskes Tingkat Pertama dan Faskes "
                                        "Rujukan (rumah sakit). Baris Faskes Tingkat Pertama "
                                        "disorot; ketuk baris itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih tanggal, poli, dan jam",
                                    html=(
                                        "<p>Pilih tanggal berobat, poli (misalnya Poli Umum), "
                                        "dan jadwal yang tersedia. Tulis keluhan singkat bila "
                                        "diminta. Ketuk <b>Simpan</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Ambil Antrean",
                                        items=(
                                            Field("Faskes", "Puskesmas Contoh Baru"),
                                            Field("Tanggal", "Senin, 23-11-2026"),
                                            Field("Poli", "Poli Umum"),
                                            Field("Jadwal", "08.00-12.00"),
                                            Field("Keluhan", "Batuk tiga hari"),
                                            Button("Simpan"),
                                        ),
                                        tap=5,
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Ambil Antrean dengan kotak isian: faskes "
                                        "Puskesmas Contoh Baru, tanggal Senin 23-11-2026, poli "
                                        "umum, jadwal 08.00 sampai 12.00, keluhan batuk tiga "
                                        "hari. Tombol Simpan disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Catat nomor antrean",
                                    html=(
                                        "<p>Nomor antrean dan perkiraan waktu dilayani muncul. "
                                        "Catat atau potret layar ini. Datanglah sebelum "
                                        "perkiraan waktu itu, dan bawa e-KTP atau kartu JKN "
                                        "digital.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Antrean Anda",
                                        items=(
                                            Notice("Pendaftaran berhasil.", tone="success"),
                                            Line("Nomor antrean: A-012", bold=True),
                                            Line("Perkiraan dilayani: pukul 09.30"),
                                            Line("Puskesmas Contoh Baru, Poli Umum"),
                                        ),
                                        color=JKN_COLOR,
                                    ),
                                    alt=(
                                        "Layar Antrean Anda. Kotak hijau: pendaftaran berhasil. "
                                        "Nomor antrean A-012, perkiraan dilayani pukul 09.30, di "
                                        "Puskesmas Contoh Baru, poli umum. Tidak ada yang perlu "
                                        "diketuk."
                                    ),
                                ),
                            ),
                        ),
                        Text(
                            "<h2>Di hari berobat</h2>"
                            "<ul>"
                            "<li>Perkiraan waktu bisa bergeser. Datang sedikit lebih awal dan "
                            "tunjukkan nomor antrean kepada petugas pendaftaran.</li>"
                            "<li>Jika tidak jadi datang, lihat apakah ada pilihan untuk "
                            "membatalkan antrean, agar jatahnya bisa dipakai orang lain.</li>"
                            "<li>Sinyal lemah di faskes? Potret layar antrean sebelum berangkat, "
                            "supaya tetap bisa ditunjukkan tanpa internet.</li>"
                            "</ul>"
                        ),
                    ),
                ),
            ),
        ),
    ),
)
