"""Kursus: aktivasi KTP digital (Identitas Kependudukan Digital, IKD) di Balikpapan.

The English edition in `ikd_en.py` mirrors this file item by item: change both together.
"""

from datetime import date

from courses.demo.spec import (
    AppSimulation,
    Button,
    Callout,
    Choice,
    Course,
    Cover,
    Document,
    Field,
    Figure,
    Lesson,
    Line,
    Module,
    MultipleChoice,
    Notice,
    Ordering,
    Row,
    Screen,
    SimStep,
    Step,
    Steps,
    Text,
)

IKD_COLOR = "#0b5cab"

# --- Activities --------------------------------------------------------------------------------
KUIS_KTP_FISIK = MultipleChoice(
    title="Coba: IKD dan e-KTP fisik",
    question="Anda sudah punya KTP digital (IKD) di ponsel. Bagaimana dengan e-KTP fisik Anda?",
    options=(
        Choice(
            "Tetap berlaku. Simpan baik-baik dan bawa bila ragu.",
            correct=True,
            feedback=(
                "Benar. e-KTP fisik tetap berlaku, dan belum semua kantor, bank, atau toko "
                "menerima KTP digital."
            ),
        ),
        Choice(
            "Tidak berlaku lagi, jadi boleh dibuang.",
            feedback=(
                "Belum tepat. IKD tidak menggantikan e-KTP fisik. Kartu Anda tetap berlaku dan "
                "masih sering diminta."
            ),
        ),
        Choice(
            "Harus dikembalikan ke kelurahan.",
            feedback=(
                "Belum tepat. Tidak ada yang perlu dikembalikan. e-KTP fisik tetap milik Anda "
                "dan tetap berlaku."
            ),
        ),
    ),
)

URUTAN_AKTIVASI = Ordering(
    title="Latihan: urutan aktivasi IKD",
    question="Urutkan langkah mengaktifkan IKD, dari yang pertama sampai yang terakhir.",
    items=(
        "Pasang aplikasi IKD resmi dari Play Store atau App Store",
        "Isi NIK, email, dan nomor HP",
        "Ambil swafoto untuk verifikasi wajah",
        "Petugas kelurahan memindai kode QR di aplikasi",
        "Ketik kode aktivasi yang dikirim ke email",
        "Buat PIN",
    ),
)

SIMULASI_AKTIVASI = AppSimulation(
    title="Simulasi: aktivasi IKD",
    app_name="IKD (contoh)",
    intro=(
        "Coba langkah aktivasi IKD di layar tiruan ini. Ketuk bagian layar yang benar, atau ketik "
        "bila diminta. Semua data di sini karangan: jangan ketik data Anda sendiri."
    ),
    steps=(
        SimStep(
            screen=Screen(
                app="Play Store",
                heading="Hasil pencarian",
                items=(
                    Field("Cari", "IKD Dukcapil"),
                    Row("IKD Aktivasi Cepat", "Info KTP Online"),
                    Row("IKD", "Ditjen Dukcapil"),
                ),
                tap=2,
                color="#01875f",
            ),
            alt=(
                "Layar toko aplikasi. Kotak pencarian berisi IKD Dukcapil. Ada dua hasil: IKD "
                "Aktivasi Cepat dari Info KTP Online, dan IKD dari Ditjen Dukcapil."
            ),
            instruction="Pilih aplikasi IKD yang resmi dari hasil pencarian.",
            hint="Lihat nama penerbit di bawah nama aplikasi. Aplikasi resmi dari Ditjen Dukcapil.",
            success=(
                "Benar. Penerbitnya Ditjen Dukcapil. Di ponsel sungguhan, langkah berikutnya "
                "adalah mengetuk Instal."
            ),
        ),
        SimStep(
            screen=Screen(
                app="IKD",
                heading="Registrasi",
                items=(
                    Field("NIK"),
                    Field("Email", "siti.contoh@contoh.id"),
                    Field("Nomor HP", "0812-0000-0001"),
                    Button("Lanjut"),
                ),
                tap=0,
                color=IKD_COLOR,
            ),
            alt=(
                "Layar Registrasi aplikasi IKD. Kotak NIK masih kosong. Kotak email berisi "
                "siti.contoh@contoh.id, kotak nomor HP berisi 0812-0000-0001. Di bawahnya tombol "
                "Lanjut."
            ),
            instruction=(
                "Ketik NIK contoh milik Siti Contoh: 6471000000000001. Ini NIK karangan, bukan "
                "milik orang sungguhan."
            ),
            hint="Ketik 16 angka persis seperti di petunjuk: 6471000000000001.",
            success=(
                "NIK terisi. Di aplikasi sungguhan, ketik NIK dari e-KTP Anda sendiri, lalu "
                "periksa sekali lagi."
            ),
            answers=("6471000000000001",),
        ),
        SimStep(
            screen=Screen(
                app="IKD",
                heading="Verifikasi Wajah",
                items=(
                    Line("Posisikan wajah di dalam bingkai."),
                    Line("Lepas masker dan kacamata. Cari tempat terang."),
                    Button("Ambil Foto"),
                    Button("Batal", primary=False),
                ),
                tap=2,
                color=IKD_COLOR,
            ),
            alt=(
                "Layar Verifikasi Wajah. Tulisan: posisikan wajah di dalam bingkai; lepas masker "
                "dan kacamata, cari tempat terang. Di bawahnya tombol Ambil Foto dan tombol Batal."
            ),
            instruction=(
                "Aplikasi meminta swafoto untuk dicocokkan dengan foto e-KTP. Mulailah memotret "
                "wajah Anda."
            ),
            hint="Cari tombol untuk memotret, bukan tombol untuk membatalkan.",
            success="Bagus. Wajah dipotret dan dicocokkan dengan data e-KTP.",
        ),
        SimStep(
            screen=Screen(
                app="Email",
                heading="Kotak Masuk",
                items=(
                    Row("Promo Toko Contoh", "kemarin"),
                    Row("Kode aktivasi IKD", "baru saja"),
                    Row("Arisan RT Contoh", "2 hari lalu"),
                ),
                tap=1,
                color="#5f6368",
            ),
            alt=(
                "Kotak masuk email dengan tiga pesan: Promo Toko Contoh dari kemarin, Kode "
                "aktivasi IKD yang baru saja masuk, dan Arisan RT Contoh dari dua hari lalu."
            ),
            instruction=(
                "Anda di kantor kelurahan. Petugas sudah memindai kode QR di aplikasi Anda, dan "
                "kode aktivasi dikirim ke email. Buka pesan itu."
            ),
            hint="Cari pesan yang judulnya menyebut kode aktivasi IKD.",
            success=(
                "Tepat. Kode aktivasi ada di pesan ini. Kode itu hanya untuk Anda: jangan "
                "dibacakan atau dikirim kepada orang lain."
            ),
        ),
        SimStep(
            screen=Screen(
                app="IKD",
                heading="Kode Aktivasi",
                items=(
                    Line("Masukkan kode aktivasi dari email Anda."),
                    Field("Kode aktivasi", "CONTOH"),
                    Button("Aktivasi"),
                    Button("Batal", primary=False),
                ),
                tap=2,
                color=IKD_COLOR,
            ),
            alt=(
                "Layar Kode Aktivasi. Tulisan: masukkan kode aktivasi dari email Anda. Kotak kode "
                "aktivasi sudah terisi. Di bawahnya tombol Aktivasi dan tombol Batal."
            ),
            instruction="Anda sudah mengetik kode aktivasi dari email. Sekarang aktifkan IKD.",
            hint="Kotak kode sudah terisi. Cari tombol yang mengaktifkan IKD.",
            success="Kode diterima. Tinggal satu langkah lagi: membuat PIN.",
        ),
        SimStep(
            screen=Screen(
                app="IKD",
                heading="Buat PIN",
                items=(
                    Line("Buat PIN untuk membuka IKD."),
                    Field("PIN", "******"),
                    Field("Ulangi PIN", "******"),
                    Button("Simpan"),
                ),
                tap=3,
                color=IKD_COLOR,
            ),
            alt=(
                "Layar Buat PIN. Dua kotak isian, PIN dan ulangi PIN, keduanya sudah terisi dan "
                "tertutup bintang. Di bawahnya tombol Simpan."
            ),
            instruction="Anda sudah mengetik PIN dua kali. Simpan PIN itu.",
            hint="Kedua kotak PIN sudah terisi. Cari tombol untuk menyimpan.",
            success=(
                "Selesai, IKD Anda aktif! Ingat: PIN hanya untuk Anda. Petugas pun tidak perlu "
                "tahu."
            ),
        ),
    ),
)

KUIS_PENIPUAN = MultipleChoice(
    title="Latihan: kenali penipuan IKD",
    question=(
        'Seseorang mengirim pesan WhatsApp: "Aktivasi IKD bisa dari rumah." Mana saja tanda '
        "bahwa ini penipuan? Pilih semua yang benar."
    ),
    multiple_answers=True,
    options=(
        Choice(
            "Anda diminta memasang aplikasi dari tautan di chat.",
            correct=True,
            feedback=(
                "Benar, ini tanda penipuan. Aplikasi dari tautan bisa palsu. Pasang hanya dari "
                "toko aplikasi resmi."
            ),
        ),
        Choice(
            "Anda diminta menyebutkan kode aktivasi atau PIN.",
            correct=True,
            feedback="Benar, ini tanda penipuan. Kode dan PIN hanya untuk Anda.",
        ),
        Choice(
            "Anda ditawari aktivasi lewat telepon atau WhatsApp.",
            correct=True,
            feedback=(
                "Benar, ini tanda penipuan. Di Balikpapan, aktivasi IKD hanya langsung di kantor "
                "kelurahan."
            ),
        ),
        Choice(
            "Petugas di kantor kelurahan memindai kode QR di aplikasi Anda.",
            feedback=(
                "Ini bukan penipuan. Memindai kode QR adalah langkah resmi aktivasi, di kantor "
                "kelurahan, bersama petugas."
            ),
        ),
    ),
)


COURSE = Course(
    slug="aktivasi-ikd",
    title="Aktivasi KTP Digital (IKD)",
    summary=(
        "Kenali Identitas Kependudukan Digital (IKD), siapkan ponsel Anda, lalu aktifkan KTP "
        "digital bersama petugas di kantor kelurahan di Balikpapan, tanpa tertipu."
    ),
    outcomes=(
        "Menjelaskan apa itu IKD dan apa bedanya dengan e-KTP fisik.",
        "Menyiapkan ponsel, email, dan nomor HP sebelum datang ke kelurahan.",
        "Mendaftar di aplikasi IKD dan menyelesaikan aktivasi bersama petugas.",
        "Mengenali dan menolak penipuan yang mengatasnamakan aktivasi IKD.",
    ),
    level="dasar",
    pillar="cakap",
    topic="kependudukan",
    minutes=37,
    checked_on=date(2026, 11, 20),
    keywords=(
        "KTP digital, IKD, Identitas Kependudukan Digital, aktivasi IKD, e-KTP, Dukcapil, "
        "kelurahan, Balikpapan, penipuan"
    ),
    cover=Cover(color="#0b5cab", label="IKD", icon="id"),
    modules=(
        Module(
            slug="mengenal-ikd",
            title="Mengenal dan menyiapkan IKD",
            lessons=(
                Lesson(
                    slug="apa-itu-ikd",
                    title="Apa itu IKD?",
                    intro=(
                        "Kenali KTP digital: apa isinya, apa gunanya, dan apa yang tidak berubah."
                    ),
                    minutes=7,
                    body=(
                        Text(
                            "<p>IKD adalah singkatan dari <b>Identitas Kependudukan Digital</b>. "
                            "Banyak orang menyebutnya <i>KTP digital</i>. IKD adalah aplikasi "
                            "resmi dari Direktorat Jenderal Kependudukan dan Pencatatan Sipil "
                            "(Ditjen Dukcapil), Kementerian Dalam Negeri. Di dalamnya tersimpan "
                            "data KTP elektronik (e-KTP) Anda, sehingga identitas Anda bisa "
                            "ditunjukkan dari ponsel.</p>"
                            "<h2>Apa saja isinya?</h2>"
                            "<ul>"
                            "<li>Data e-KTP Anda: NIK, nama, tempat dan tanggal lahir, alamat, "
                            "dan foto.</li>"
                            "<li>Data Kartu Keluarga (KK): siapa saja yang tercatat satu keluarga "
                            "dengan Anda.</li>"
                            "<li>Dokumen kependudukan lain yang sudah terhubung. Daftarnya bisa "
                            "bertambah, jadi lihat menu di aplikasi Anda.</li>"
                            "</ul>"
                            "<h2>Apa gunanya?</h2>"
                            "<p>Ponsel hampir selalu Anda bawa, jadi identitas Anda ikut terbawa. "
                            "Data di IKD diambil dari catatan Dukcapil, sehingga ikut berubah bila "
                            "data Anda di Dukcapil diperbarui, misalnya setelah pindah alamat. "
                            "Beberapa layanan juga mulai menerima IKD sebagai pengganti fotokopi "
                            "KTP.</p>"
                            "<h2>Apa yang tidak berubah?</h2>"
                            "<p>e-KTP fisik Anda tetap berlaku. Simpan baik-baik, karena belum "
                            "semua kantor, bank, atau toko menerima KTP digital. Bila ragu, bawa "
                            "keduanya.</p>"
                            "<p>IKD hanya bisa dibuat oleh warga yang sudah merekam e-KTP. "
                            "Perekaman e-KTP (foto, sidik jari, tanda tangan) tetap dilakukan "
                            "dengan datang langsung ke kantor layanan.</p>"
                        ),
                        Callout(
                            kind="tip",
                            title="Aktivasi IKD tidak dipungut biaya",
                            html=(
                                "<p>Layanan dokumen kependudukan, termasuk aktivasi IKD, gratis. "
                                "Jika ada orang yang meminta bayaran untuk mengaktifkan IKD, tolak "
                                "dan sampaikan kepada petugas kelurahan.</p>"
                            ),
                        ),
                        Figure(
                            screen=Screen(
                                app="IKD",
                                heading="KTP Digital",
                                items=(
                                    Line("SITI CONTOH", bold=True),
                                    Field("NIK", "6471000000000001"),
                                    Field("Tempat/Tgl Lahir", "Balikpapan, 01-01-1990"),
                                    Field("Alamat", "Jl. Contoh No. 1"),
                                    Row("Kartu Keluarga", "4 anggota"),
                                ),
                                color=IKD_COLOR,
                            ),
                            alt=(
                                "Contoh layar KTP digital di aplikasi IKD. Di atas tertulis nama "
                                "SITI CONTOH. Di bawahnya kotak NIK 6471000000000001, tempat dan "
                                "tanggal lahir Balikpapan 01-01-1990, alamat Jl. Contoh No. 1, "
                                "lalu baris Kartu Keluarga dengan 4 anggota."
                            ),
                            caption=(
                                "Contoh tampilan KTP digital. Semua data di sini karangan, bukan "
                                "data orang sungguhan."
                            ),
                        ),
                        KUIS_KTP_FISIK,
                    ),
                ),
                Lesson(
                    slug="persiapan-dan-pendaftaran",
                    title="Persiapan dan pendaftaran di aplikasi",
                    intro=(
                        "Siapkan ponsel, email, dan nomor HP Anda, lalu daftar di aplikasi IKD "
                        "sebelum datang ke kelurahan."
                    ),
                    minutes=12,
                    body=(
                        Text(
                            "<p>Aktivasi akan lebih cepat bila semuanya siap sebelum Anda "
                            "berangkat ke kelurahan. Periksa dulu hal-hal berikut.</p>"
                            "<h2>Yang perlu disiapkan</h2>"
                            "<ul>"
                            "<li><b>e-KTP fisik</b> Anda, yang sudah selesai direkam.</li>"
                            "<li><b>Ponsel</b> Android atau iPhone dengan kamera depan yang "
                            "berfungsi.</li>"
                            "<li><b>Alamat email milik Anda sendiri</b> yang bisa dibuka di ponsel "
                            "itu. Kode aktivasi akan dikirim ke email ini.</li>"
                            "<li><b>Nomor HP yang aktif</b> dan terpasang di ponsel tersebut.</li>"
                            "<li><b>Kuota internet</b> atau sambungan Wi-Fi.</li>"
                            "</ul>"
                            "<p>Aplikasi bisa diunduh di rumah, atau lewat titik Wi-Fi publik "
                            "gratis yang tersedia di banyak tempat di Balikpapan. Setelah "
                            "terpasang, isi pendaftarannya seperti pada langkah di bawah.</p>"
                        ),
                        Steps(
                            title="Mendaftar di aplikasi IKD",
                            steps=(
                                Step(
                                    title="Pasang aplikasi resmi",
                                    html=(
                                        "<p>Buka Play Store (Android) atau App Store (iPhone), "
                                        "lalu cari <b>IKD Dukcapil</b>. Pilih aplikasi <b>IKD</b> "
                                        "(Identitas Kependudukan Digital) yang penerbitnya "
                                        "Ditjen Dukcapil, lalu ketuk <b>Instal</b>.</p>"
                                        "<p>Jangan memasang aplikasi IKD dari tautan di pesan "
                                        "WhatsApp atau SMS. Aplikasi seperti itu bisa palsu.</p>"
                                    ),
                                    screen=Screen(
                                        app="Play Store",
                                        heading="Hasil pencarian",
                                        items=(
                                            Field("Cari", "IKD Dukcapil"),
                                            Row("IKD", "Ditjen Dukcapil"),
                                            Button("Instal"),
                                        ),
                                        tap=2,
                                        color="#01875f",
                                    ),
                                    alt=(
                                        "Layar toko aplikasi. Kotak pencarian berisi IKD "
                                        "Dukcapil. Di bawahnya hasil: aplikasi IKD, penerbit "
                                        "Ditjen Dukcapil. Tombol Instal "
                                        "disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Isi NIK, email, dan nomor HP",
                                    html=(
                                        "<p>Buka aplikasi IKD. Ketik NIK Anda (16 angka di e-KTP), "
                                        "alamat email, dan nomor HP Anda sendiri. Periksa sekali "
                                        "lagi, lalu ketuk <b>Lanjut</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Registrasi",
                                        items=(
                                            Field("NIK", "6471000000000001"),
                                            Field("Email", "siti.contoh@contoh.id"),
                                            Field("Nomor HP", "0812-0000-0001"),
                                            Button("Lanjut"),
                                        ),
                                        tap=3,
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Layar Registrasi aplikasi IKD dengan tiga kotak isian: "
                                        "NIK 6471000000000001, email siti.contoh@contoh.id, dan "
                                        "nomor HP 0812-0000-0001. Tombol Lanjut di bawah "
                                        "disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Verifikasi wajah (swafoto)",
                                    html=(
                                        "<p>Aplikasi meminta Anda memotret wajah sendiri untuk "
                                        "dicocokkan dengan foto di data e-KTP. Cari tempat yang "
                                        "terang, lepas masker dan kacamata, lalu ikuti petunjuk "
                                        "di layar.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Verifikasi Wajah",
                                        items=(
                                            Line("Posisikan wajah di dalam bingkai."),
                                            Line("Lepas masker dan kacamata. Cari tempat terang."),
                                            Button("Ambil Foto"),
                                        ),
                                        tap=2,
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Layar Verifikasi Wajah. Tulisan: posisikan wajah di "
                                        "dalam bingkai; lepas masker dan kacamata, cari tempat "
                                        "terang. Tombol Ambil Foto disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Lanjutkan aktivasi di kelurahan",
                                    html=(
                                        "<p>Bila wajah cocok, aplikasi meminta Anda melanjutkan "
                                        "aktivasi bersama petugas. Di Balikpapan, langkah ini "
                                        "dilakukan langsung di kantor kelurahan. Pelajaran "
                                        "berikutnya menjelaskan caranya.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Aktivasi",
                                        items=(
                                            Notice("Verifikasi wajah berhasil.", tone="success"),
                                            Line("Lanjutkan aktivasi bersama petugas."),
                                            Line("(kode QR aktivasi tampil di sini)"),
                                        ),
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Layar Aktivasi. Kotak hijau: verifikasi wajah berhasil. "
                                        "Di bawahnya tulisan lanjutkan aktivasi bersama petugas, "
                                        "dan tempat kode QR aktivasi. Tidak ada yang perlu "
                                        "diketuk."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Pakai email dan nomor HP Anda sendiri",
                            html=(
                                "<p>Kode aktivasi dikirim ke email yang Anda daftarkan. Jangan "
                                "memakai email milik anak, tetangga, atau penjaga konter HP, "
                                "walaupun mereka membantu Anda memasang aplikasi. Siapa pun yang "
                                "membuka email itu bisa melihat kode Anda.</p>"
                                "<p>Bila belum punya email, buatlah dulu dan catat kata sandinya "
                                "di tempat yang aman.</p>"
                            ),
                        ),
                        Document(
                            title="Ceklis sebelum ke kelurahan",
                            description=(
                                "Satu halaman untuk dicetak atau disimpan: periksa semuanya "
                                "sebelum berangkat aktivasi IKD."
                            ),
                            filename="ceklis-aktivasi-ikd.pdf",
                            heading="Sebelum aktivasi IKD di kelurahan",
                            lines=(
                                "e-KTP fisik sudah dibawa",
                                "Baterai ponsel penuh, kuota internet ada",
                                "Aplikasi IKD resmi sudah terpasang",
                                "Pendaftaran NIK, email, nomor HP selesai",
                                "Verifikasi wajah sudah berhasil",
                                "Email bisa dibuka di ponsel ini",
                                "Kata sandi email sudah diingat",
                                "Nomor HP aktif ada di ponsel ini",
                                "PIN sudah dipikirkan: bukan tanggal lahir",
                                "Jam layanan kelurahan sudah ditanyakan",
                                "Ingat: aktivasi hanya langsung di kelurahan",
                            ),
                        ),
                        URUTAN_AKTIVASI,
                    ),
                ),
            ),
        ),
        Module(
            slug="aktivasi-dan-keamanan",
            title="Aktivasi dan keamanan",
            lessons=(
                Lesson(
                    slug="aktivasi-di-kelurahan",
                    title="Aktivasi bersama petugas di kelurahan",
                    intro=(
                        "Selesaikan aktivasi IKD di kantor kelurahan: kode QR, kode aktivasi dari "
                        "email, lalu PIN."
                    ),
                    minutes=10,
                    body=(
                        Text(
                            "<p>Di Balikpapan, aktivasi IKD dilakukan <b>langsung di kantor "
                            "kelurahan</b>, bersama petugas. Bawa e-KTP fisik dan ponsel yang "
                            "sudah Anda pakai untuk mendaftar. Sebaiknya tanyakan dulu jam "
                            "layanannya ke kelurahan Anda.</p>"
                            "<p>Sampaikan kepada petugas bahwa Anda ingin mengaktifkan IKD. "
                            "Petugas akan memeriksa identitas Anda dan memindai kode QR di "
                            "aplikasi Anda. Sesudah itu Anda sendiri yang menyelesaikan langkah "
                            "terakhir di ponsel.</p>"
                        ),
                        Steps(
                            title="Langkah aktivasi",
                            steps=(
                                Step(
                                    title="Tunjukkan kode QR kepada petugas",
                                    html=(
                                        "<p>Buka aplikasi IKD. Layar aktivasi menampilkan kode QR. "
                                        "Tunjukkan layar itu kepada petugas kelurahan, lalu "
                                        "biarkan petugas memindainya.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Aktivasi",
                                        items=(
                                            Line("Tunjukkan kode QR ini kepada petugas."),
                                            Line("(kode QR aktivasi tampil di sini)"),
                                            Notice(
                                                "Jangan kirim foto kode QR ini kepada siapa pun.",
                                                tone="danger",
                                            ),
                                        ),
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Layar Aktivasi aplikasi IKD. Tulisan: tunjukkan kode QR "
                                        "ini kepada petugas. Di bawahnya tempat kode QR, lalu "
                                        "kotak merah: jangan kirim foto kode QR ini kepada siapa "
                                        "pun. Tidak ada yang perlu diketuk; petugas yang memindai."
                                    ),
                                ),
                                Step(
                                    title="Buka email dan temukan kode aktivasi",
                                    html=(
                                        "<p>Setelah kode QR dipindai, kode aktivasi dikirim ke "
                                        "email Anda. Buka aplikasi email di ponsel, lalu ketuk "
                                        "pesan tentang kode aktivasi IKD.</p>"
                                        "<p>Tidak ada di kotak masuk? Periksa folder Spam atau "
                                        "Promosi, dan tunggu beberapa menit.</p>"
                                    ),
                                    screen=Screen(
                                        app="Email",
                                        heading="Kotak Masuk",
                                        items=(
                                            Row("Kode aktivasi IKD", "baru saja"),
                                            Row("Promo Toko Contoh", "kemarin"),
                                            Row("Arisan RT Contoh", "2 hari lalu"),
                                        ),
                                        tap=0,
                                        color="#5f6368",
                                    ),
                                    alt=(
                                        "Kotak masuk email dengan tiga pesan. Pesan paling atas, "
                                        "Kode aktivasi IKD, baru saja, disorot; ketuk pesan itu. "
                                        "Dua pesan lain dari kemarin dan dua hari lalu."
                                    ),
                                ),
                                Step(
                                    title="Masukkan kode aktivasi",
                                    html=(
                                        "<p>Kembali ke aplikasi IKD. Ketik kode aktivasi dari "
                                        "email dengan teliti, lalu ketuk <b>Aktivasi</b>. Kode ini "
                                        "hanya untuk Anda: jangan dibacakan atau dikirim kepada "
                                        "orang lain.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Kode Aktivasi",
                                        items=(
                                            Line("Masukkan kode aktivasi dari email Anda."),
                                            Field("Kode aktivasi", "CONTOH"),
                                            Button("Aktivasi"),
                                        ),
                                        tap=2,
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Layar Kode Aktivasi. Tulisan: masukkan kode aktivasi "
                                        "dari email Anda. Kotak isian kode aktivasi berisi contoh. "
                                        "Tombol Aktivasi disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Buat PIN",
                                    html=(
                                        "<p>Buat PIN untuk membuka IKD, lalu ketik sekali lagi "
                                        "untuk memastikan. Pilih angka yang mudah Anda ingat "
                                        "tetapi sulit ditebak orang lain: jangan tanggal lahir "
                                        "dan jangan angka berurutan seperti 123456.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Buat PIN",
                                        items=(
                                            Line("Buat PIN untuk membuka IKD."),
                                            Field("PIN", "******"),
                                            Field("Ulangi PIN", "******"),
                                            Button("Simpan"),
                                        ),
                                        tap=3,
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Layar Buat PIN. Dua kotak isian, PIN dan ulangi PIN, "
                                        "keduanya tertutup bintang. Tombol Simpan disorot; ketuk "
                                        "tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Selesai: KTP digital tampil",
                                    html=(
                                        "<p>Aktivasi berhasil. KTP digital Anda kini tampil di "
                                        "aplikasi. Periksa apakah nama, NIK, dan alamat sudah "
                                        "benar. Bila ada yang salah, tanyakan kepada petugas "
                                        "selagi Anda masih di kelurahan.</p>"
                                    ),
                                    screen=Screen(
                                        app="IKD",
                                        heading="Beranda",
                                        items=(
                                            Notice("Aktivasi berhasil.", tone="success"),
                                            Line("SITI CONTOH", bold=True),
                                            Field("NIK", "6471000000000001"),
                                            Row("Kartu Keluarga", "4 anggota"),
                                        ),
                                        color=IKD_COLOR,
                                    ),
                                    alt=(
                                        "Beranda aplikasi IKD. Kotak hijau: aktivasi berhasil. "
                                        "Di bawahnya nama SITI CONTOH, NIK 6471000000000001, dan "
                                        "baris Kartu Keluarga, 4 anggota. Tidak ada yang perlu "
                                        "diketuk."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="PIN dan kode aktivasi hanya untuk Anda",
                            html=(
                                "<p>Petugas kelurahan tidak perlu tahu PIN Anda. Ketik sendiri "
                                "kode aktivasi dan PIN di ponsel Anda.</p>"
                                "<ul>"
                                "<li>Jangan menuliskan PIN di belakang casing ponsel atau di "
                                "dompet.</li>"
                                "<li>Jangan memberi tahu PIN atau kode aktivasi kepada siapa pun, "
                                "termasuk orang yang mengaku petugas.</li>"
                                "</ul>"
                            ),
                        ),
                        Text(
                            "<h2>Kalau ada kendala</h2>"
                            "<ul>"
                            "<li><b>Kode aktivasi tidak datang:</b> periksa folder Spam, pastikan "
                            "alamat email yang didaftarkan benar, lalu tanyakan kepada "
                            "petugas.</li>"
                            "<li><b>Wajah tidak cocok:</b> ulangi di tempat yang lebih terang, "
                            "tanpa masker dan kacamata.</li>"
                            "<li><b>Lupa PIN:</b> lihat pilihan yang tersedia di layar masuk "
                            "aplikasi, atau tanyakan ke kelurahan.</li>"
                            "<li><b>Ganti ponsel:</b> tanyakan ke kelurahan sebelum ponsel lama "
                            "dijual atau diberikan kepada orang lain.</li>"
                            "</ul>"
                            "<p>Menu dan tulisan di aplikasi bisa berubah setelah pembaruan. Bila "
                            "layar Anda berbeda dari contoh di sini, ikuti petunjuk di aplikasi "
                            "atau tanyakan kepada petugas.</p>"
                        ),
                        SIMULASI_AKTIVASI,
                    ),
                    completion="passed",
                ),
                Lesson(
                    slug="waspada-penipuan-ikd",
                    title="Waspada penipuan atas nama IKD",
                    intro=(
                        "Aktivasi IKD di Balikpapan hanya langsung di kantor kelurahan. Kenali "
                        "penipu yang menawarkan aktivasi lewat telepon atau WhatsApp."
                    ),
                    minutes=8,
                    body=(
                        Text(
                            "<p>Karena banyak orang sedang mengurus KTP digital, penipu ikut "
                            "memanfaatkannya. Mereka menelepon atau mengirim pesan, mengaku "
                            "petugas Dukcapil atau kelurahan, lalu menawarkan bantuan aktivasi "
                            "dari rumah.</p>"
                            "<p><b>Ingat satu hal ini: di Balikpapan, aktivasi IKD hanya dilakukan "
                            "langsung di kantor kelurahan, bersama petugas. Tidak pernah lewat "
                            "telepon, WhatsApp, SMS, atau tautan.</b> Siapa pun yang menawarkan "
                            "aktivasi dengan cara lain adalah penipu.</p>"
                            "<h2>Ciri-ciri penipuan</h2>"
                            "<ul>"
                            "<li>Anda dihubungi lebih dulu oleh nomor yang tidak dikenal, sering "
                            "memakai foto profil berlogo pemerintah.</li>"
                            "<li>Anda diminta memasang aplikasi dari tautan atau file berakhiran "
                            "<i>.apk</i> yang dikirim lewat chat.</li>"
                            "<li>Anda diminta menyebutkan kode OTP, kode aktivasi, atau PIN.</li>"
                            "<li>Anda diminta mengirim foto e-KTP atau swafoto sambil memegang "
                            "e-KTP.</li>"
                            "<li>Anda didesak: <i>harus hari ini</i>, <i>nanti KTP diblokir</i>, "
                            "atau diminta membayar biaya.</li>"
                            "</ul>"
                        ),
                        Figure(
                            screen=Screen(
                                app="Pesan",
                                heading="+62 812-0000-0099",
                                items=(
                                    Line("Pesan dari nomor tidak dikenal:"),
                                    Notice(
                                        "Aktivasi IKD bisa dari rumah. Pasang aplikasi dari "
                                        "tautan ini lalu kirim kode yang masuk.",
                                        tone="danger",
                                    ),
                                    Line("Ini penipuan. Jangan dibalas.", bold=True),
                                    Button("Blokir dan laporkan", primary=False),
                                ),
                                tap=3,
                                color="#075e54",
                            ),
                            alt=(
                                "Contoh pesan penipuan di aplikasi chat dari nomor +62 "
                                "812-0000-0099. Kotak merah berisi: aktivasi IKD bisa dari rumah, "
                                "pasang aplikasi dari tautan ini lalu kirim kode yang masuk. Di "
                                "bawahnya tulisan tebal: ini penipuan, jangan dibalas. Tombol "
                                "Blokir dan laporkan disorot."
                            ),
                            caption=(
                                "Contoh pesan penipuan (nomor dan isi karangan). Pesan seperti ini "
                                "tidak pernah datang dari kelurahan."
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Jangan pernah",
                            html=(
                                "<ul>"
                                "<li>memberi tahu kode OTP, kode aktivasi, atau PIN kepada siapa "
                                "pun;</li>"
                                "<li>memasang aplikasi dari tautan atau file kiriman chat;</li>"
                                "<li>mengirim foto e-KTP atau swafoto dengan e-KTP kepada orang "
                                "yang tidak Anda temui langsung di kantor layanan;</li>"
                                "<li>mentransfer uang untuk aktivasi IKD, karena layanan ini "
                                "gratis.</li>"
                                "</ul>"
                            ),
                        ),
                        Text(
                            "<h2>Kalau terlanjur menanggapi</h2>"
                            "<ol>"
                            "<li>Hentikan percakapan, lalu blokir dan laporkan nomor itu lewat "
                            "menu di aplikasi chat.</li>"
                            "<li>Jika Anda sempat memasang aplikasi dari tautan, hapus aplikasi "
                            "itu dan matikan data seluler, lalu minta bantuan orang atau tempat "
                            "servis yang Anda percaya.</li>"
                            "<li>Ganti kata sandi email Anda dari ponsel yang aman.</li>"
                            "<li>Jika Anda memakai aplikasi bank, hubungi bank lewat nomor resmi "
                            "di kartu ATM atau buku tabungan.</li>"
                            "<li>Datang ke kantor kelurahan dan ceritakan apa yang terjadi.</li>"
                            "</ol>"
                            "<h2>Ajak keluarga waspada</h2>"
                            "<p>Orang tua dan tetangga yang jarang memakai ponsel paling sering "
                            "menjadi sasaran. Ceritakan kepada mereka satu kalimat sederhana: "
                            "<i>aktivasi IKD hanya di kantor kelurahan, bukan lewat telepon atau "
                            "WhatsApp</i>.</p>"
                        ),
                        KUIS_PENIPUAN,
                    ),
                ),
            ),
        ),
    ),
)
