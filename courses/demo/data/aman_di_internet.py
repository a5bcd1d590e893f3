"""Aman di internet: penipuan, tautan phishing, APK palsu, OTP, kata sandi, dan langkah darurat."""

from datetime import date

from courses.demo.spec import (
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
    Step,
    Steps,
    Text,
)

# Look-alike apps with generic names: the lessons teach habits, not one brand's menus.
PESAN = "Pesan"
PESAN_COLOR = "#075e54"
SETELAN = "Setelan"
SETELAN_COLOR = "#455a64"
TOKO = "Toko Aplikasi"
TOKO_COLOR = "#1565c0"
PENIPU = "+62 812-0000-0009"

# --- Activities --------------------------------------------------------------------------------
FILE_PAKET = MultipleChoice(
    title="Coba: pesan kurir paket",
    question=(
        'Nomor tak dikenal mengirim pesan: "Ini foto paket Anda, silakan dicek." Filenya '
        "bernama foto_paket.apk. Apa yang sebaiknya Anda lakukan?"
    ),
    options=(
        Choice(
            "Jangan buka filenya. Laporkan dan blokir pengirimnya.",
            correct=True,
            feedback=(
                "Benar. Foto tidak pernah berakhiran .apk. File itu aplikasi yang bisa membaca SMS "
                "dan kode OTP Anda."
            ),
        ),
        Choice(
            "Buka filenya untuk memeriksa paketnya.",
            feedback=(
                "Belum tepat. File .apk adalah aplikasi, bukan foto. Jika dipasang, penipu bisa "
                "membaca SMS dan OTP Anda."
            ),
        ),
        Choice(
            "Teruskan ke keluarga untuk ditanyakan.",
            feedback=(
                "Belum tepat. Meneruskan file itu membuat keluarga Anda ikut terancam. Ceritakan "
                "modusnya saja, tanpa filenya."
            ),
        ),
    ),
)

KEBIASAAN_AMAN = MultipleChoice(
    title="Latihan: menjaga akun",
    question="Mana saja kebiasaan yang menjaga akun Anda tetap aman? Pilih semua yang benar.",
    multiple_answers=True,
    options=(
        Choice(
            "Menyalakan verifikasi dua langkah di aplikasi pesan.",
            correct=True,
            feedback="Benar. Kunci kedua ini menahan penipu walaupun ia mendapat kode OTP.",
        ),
        Choice(
            "Memakai kata sandi berbeda untuk setiap akun.",
            correct=True,
            feedback="Benar. Jika satu kata sandi bocor, akun lain tetap aman.",
        ),
        Choice(
            "Memakai tanggal lahir sebagai PIN agar mudah diingat.",
            feedback="Belum tepat. Tanggal lahir mudah ditebak orang lain.",
        ),
        Choice(
            "Memberi tahu kode OTP kepada petugas bank yang menelepon.",
            feedback=(
                "Belum tepat. Petugas bank tidak perlu tahu OTP Anda. Yang memintanya hampir pasti "
                "penipu."
            ),
        ),
    ),
)

LANGKAH_DARURAT = Ordering(
    title="Latihan: langkah darurat",
    question="Urutkan langkah darurat jika telanjur tertipu, seperti pada kartu darurat.",
    items=(
        "Telepon bank, minta kartu dan akun diblokir",
        "Jika memasang APK: mode pesawat, lalu hapus aplikasinya",
        "Ganti kata sandi email, bank, dan aplikasi pesan",
        "Keluarkan perangkat asing dan aktifkan verifikasi dua langkah",
        "Simpan bukti: chat, nomor, rekening, dan transfer",
        "Kabari keluarga dan kenalan",
        "Lapor ke bank, polisi, dan IASC (OJK)",
    ),
)


pesan_palsu = Lesson(
    slug="pesan-dan-tautan-palsu",
    title="Mengenali Pesan Palsu dan Tautan Phishing",
    intro=(
        "Penipu sering menyamar menjadi kurir, bank, atau teman. Pelajari tanda-tandanya supaya "
        "Anda tidak terjebak, dan tahu apa yang harus dilakukan saat pesan itu datang."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<p><b>Phishing</b> (dibaca: fising) adalah cara penipu “memancing” data Anda: "
                "kata sandi, PIN, kode OTP, atau nomor kartu. Caranya dengan mengirim pesan atau "
                "tautan (link) yang tampak resmi, padahal palsu. Jika Anda mengisi data di sana, "
                "datanya jatuh ke tangan penipu.</p>"
                "<h2>Modus yang sering terjadi</h2>"
                "<ul>"
                "<li><b>Kurir paket palsu.</b> “Ini foto paket Anda, silakan dicek.” Ternyata "
                "yang dikirim adalah file aplikasi berakhiran <b>.apk</b>, bukan foto.</li>"
                "<li><b>Undangan pernikahan palsu.</b> Pesan dari nomor tak dikenal berisi file "
                "“Undangan Pernikahan” yang juga berakhiran <b>.apk</b>.</li>"
                "<li><b>Petugas bank palsu.</b> “Tarif transfer Anda akan berubah, isi formulir "
                "ini.” Tautannya menuju situs palsu yang meminta nomor kartu, PIN, dan OTP.</li>"
                "<li><b>Hadiah palsu.</b> “Selamat, Anda menang undian!” tetapi harus membayar "
                "biaya atau mengirim data dulu.</li>"
                "<li><b>Kode salah kirim.</b> “Maaf, kode saya terkirim ke nomor Anda, tolong "
                "kirim balik.” Itu sebenarnya kode OTP akun Anda sendiri. Jika diberikan, akun "
                "Anda bisa diambil alih.</li>"
                "</ul>"
                "<h2>Tanda-tanda pesan penipuan</h2>"
                "<ul>"
                "<li>Datang dari nomor atau akun yang tidak Anda kenal.</li>"
                "<li>Membuat panik atau terburu-buru: “segera”, “hari ini terakhir”, “akun Anda "
                "akan diblokir”.</li>"
                "<li>Terlalu bagus untuk jadi kenyataan: hadiah besar, diskon luar biasa.</li>"
                "<li>Meminta OTP, PIN, kata sandi, atau foto kartu.</li>"
                "<li>Tautannya aneh: ejaannya sedikit berbeda dari nama resmi, atau berupa tautan "
                "pendek yang tidak jelas tujuannya.</li>"
                "<li>Ada file dengan akhiran <b>.apk</b>. Foto, undangan, dan resi paket tidak "
                "pernah berbentuk .apk.</li>"
                "</ul>"
            )
        ),
        Figure(
            screen=Screen(
                app=PESAN,
                heading=PENIPU,
                items=(
                    Line("Pengirim tidak ada di kontak Anda"),
                    Line("Selamat siang, ini kurir paket."),
                    Line("Silakan cek foto paket Anda ya:"),
                    Row("Foto Paket.apk", "File APK, 6 MB"),
                    Line("Segera dibuka, paket akan dikembalikan!", bold=True),
                ),
                color=PESAN_COLOR,
            ),
            alt=(
                "Contoh pesan penipuan di aplikasi pesan dari nomor tak dikenal +62 812-0000-0009. "
                "Isinya: Selamat siang, ini kurir paket. Silakan cek foto paket Anda. Terlampir "
                "file bernama Foto Paket.apk, sebuah file APK berukuran 6 MB, dan kalimat tebal "
                "yang mendesak: segera dibuka, paket akan dikembalikan."
            ),
            caption=(
                "Contoh pesan penipuan. Tandanya: nomor tak dikenal, desakan agar segera "
                "dibuka, dan “foto” yang ternyata file .apk. Jangan dibuka!"
            ),
        ),
        Text(
            html=(
                "<h2>Saat pesan mencurigakan datang</h2>"
                "<p>Jangan mengetuk tautan atau membuka file di dalamnya. Jika pesan itu mengaku "
                "dari kenalan, hubungi orang itu lewat nomor yang Anda simpan sendiri. Jika "
                "mengaku dari bank atau kantor, hubungi nomor resmi yang tertera di kartu, di "
                "situs resmi, atau di aplikasi resminya. Setelah itu, laporkan dan blokir "
                "pengirimnya. Di banyak aplikasi pesan, caranya seperti di bawah ini. Nama menunya "
                "bisa berbeda; lihat bagian bantuan aplikasi Anda.</p>"
            )
        ),
        Steps(
            title="Melaporkan dan memblokir pengirim",
            steps=(
                Step(
                    title="Buka profil pengirim",
                    html=(
                        "<p>Jangan ketuk file atau tautannya. Ketuk <b>nama atau nomor "
                        "pengirim</b> di bagian atas percakapan untuk membuka profilnya.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Percakapan",
                        items=(
                            Row(PENIPU, "Bukan kontak"),
                            Line("Selamat siang, ini kurir paket."),
                            Row("Foto Paket.apk", "File APK, 6 MB"),
                        ),
                        tap=0,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Percakapan dengan nomor tak dikenal +62 812-0000-0009. Di bawahnya pesan "
                        "dari kurir palsu dan file Foto Paket.apk. Baris nomor pengirim di bagian "
                        "atas ditandai untuk diketuk. File tidak boleh diketuk."
                    ),
                ),
                Step(
                    title="Pilih Laporkan",
                    html=(
                        "<p>Di halaman profil, gulir ke bawah sampai menemukan <b>Laporkan</b> "
                        "dan <b>Blokir</b>. Ketuk <b>Laporkan</b>.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Info Kontak",
                        items=(
                            Line(PENIPU, bold=True),
                            Line("Tidak ada di daftar kontak Anda"),
                            Row("Laporkan"),
                            Row("Blokir"),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Halaman Info Kontak untuk nomor +62 812-0000-0009 yang tidak ada di "
                        "daftar kontak. Ada dua pilihan: Laporkan dan Blokir. Laporkan ditandai "
                        "untuk diketuk."
                    ),
                ),
                Step(
                    title="Laporkan sekaligus blokir",
                    html=(
                        "<p>Pastikan pilihan untuk <b>memblokir</b> juga dicentang, lalu ketuk "
                        "<b>Laporkan</b>. Penipu tidak bisa lagi mengirimi Anda pesan dari nomor "
                        "itu.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Laporkan kontak?",
                        items=(
                            Line("Pesan terakhir akan dikirim ke tim"),
                            Line("keamanan aplikasi untuk diperiksa."),
                            Row("Blokir juga kontak ini", "Dicentang"),
                            Button("Laporkan"),
                            Button("Batal", primary=False),
                        ),
                        tap=3,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Jendela Laporkan kontak dengan keterangan bahwa pesan terakhir akan "
                        "dikirim ke tim keamanan aplikasi. Pilihan Blokir juga kontak ini sudah "
                        "dicentang. Tombol Laporkan ditandai untuk diketuk. Ada juga tombol Batal."
                    ),
                ),
                Step(
                    title="Hapus percakapan dan kabari keluarga",
                    html=(
                        "<p>Hapus percakapan itu agar file .apk tidak terbuka tanpa sengaja. Lalu "
                        "ceritakan modus ini kepada keluarga, terutama orang tua, supaya mereka "
                        "juga waspada.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Percakapan",
                        items=(
                            Notice("Kontak diblokir dan dilaporkan.", tone="success"),
                            Line("File dan pesan masih ada di HP."),
                            Button("Hapus percakapan"),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar percakapan dengan kotak hijau Kontak diblokir dan dilaporkan, dan "
                        "keterangan bahwa file dan pesan masih ada di HP. Tombol Hapus percakapan "
                        "ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        FILE_PAKET,
    ),
)

apk_palsu = Lesson(
    slug="apk-palsu-dan-petugas-palsu",
    title="File APK Palsu dan Penipu yang Mengaku Petugas",
    intro=(
        "Satu ketukan pada file APK palsu bisa membuat penipu membaca SMS Anda, termasuk kode OTP. "
        "Pelajari cara memasang aplikasi dengan aman dan mengenali petugas palsu."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<p><b>APK</b> adalah bentuk file untuk memasang aplikasi di HP Android. File APK "
                "palsu yang dikirim lewat chat bisa menyamar sebagai foto, undangan, resi, atau "
                "tagihan. Jika dipasang, aplikasi jahat ini bisa:</p>"
                "<ul>"
                "<li>membaca SMS dan notifikasi Anda, termasuk kode OTP dari bank;</li>"
                "<li>mengirim pesan dari HP Anda ke semua kontak, sehingga penipuan menyebar;</li>"
                "<li>membantu penipu masuk ke aplikasi bank atau dompet digital Anda.</li>"
                "</ul>"
                "<h2>Aturan emas: pasang aplikasi hanya dari toko resmi</h2>"
                "<p>Pasang aplikasi hanya dari <b>toko aplikasi resmi</b> di HP Anda, misalnya "
                "Google Play Store di Android atau App Store di iPhone. Jangan memasang aplikasi "
                "dari file yang dikirim lewat chat, SMS, atau email, siapa pun pengirimnya.</p>"
                "<p>Di toko resmi pun tetap periksa: nama penerbit (developer) harus sama dengan "
                "lembaga atau perusahaan aslinya, jumlah unduhannya wajar, dan ulasannya tidak "
                "aneh. Aplikasi resmi biasanya juga diumumkan di situs resmi lembaga itu.</p>"
                "<h3>Tanda HP Anda mungkin terpasang aplikasi jahat</h3>"
                "<ul>"
                "<li>Ada aplikasi baru yang tidak Anda pasang sendiri.</li>"
                "<li>Teman bercerita menerima pesan aneh dari nomor Anda.</li>"
                "<li>Muncul SMS OTP padahal Anda tidak sedang masuk ke aplikasi apa pun.</li>"
                "</ul>"
                "<p>Jika mengalami hal ini, ikuti langkah darurat di pelajaran terakhir kursus "
                "ini.</p>"
            )
        ),
        Steps(
            title="Memasang aplikasi dengan aman",
            steps=(
                Step(
                    title="Cari aplikasi di toko resmi",
                    html=(
                        "<p>Buka toko aplikasi resmi di HP Anda dan ketik nama aplikasinya. "
                        "Perhatikan: sering ada beberapa aplikasi dengan nama mirip. Pilih yang "
                        "penerbitnya benar.</p>"
                    ),
                    screen=Screen(
                        app=TOKO,
                        heading="Hasil pencarian",
                        items=(
                            Field("Cari", "Bank Contoh"),
                            Row("Bank Contoh Mobile", "PT Bank Contoh"),
                            Row("Bank Contoh Mobile Pro", "Dev Contoh Gratis"),
                        ),
                        tap=1,
                        color=TOKO_COLOR,
                    ),
                    alt=(
                        "Hasil pencarian Bank Contoh di toko aplikasi. Ada dua aplikasi mirip: "
                        "Bank Contoh Mobile dari PT Bank Contoh, yang ditandai untuk diketuk, dan "
                        "Bank Contoh Mobile Pro dari penerbit lain yang mencurigakan."
                    ),
                ),
                Step(
                    title="Periksa penerbit, lalu pasang",
                    html=(
                        "<p>Di halaman aplikasi, baca nama <b>penerbit</b>, jumlah unduhan, dan "
                        "ulasan. Jika semuanya cocok, ketuk <b>Instal</b>.</p>"
                    ),
                    screen=Screen(
                        app=TOKO,
                        heading="Bank Contoh Mobile",
                        items=(
                            Line("Penerbit: PT Bank Contoh", bold=True),
                            Line("Diunduh: 10 jt+ | Nilai: 4,5"),
                            Line("Cocokkan dengan situs resmi bank."),
                            Button("Instal"),
                        ),
                        tap=3,
                        color=TOKO_COLOR,
                    ),
                    alt=(
                        "Halaman aplikasi Bank Contoh Mobile di toko aplikasi. Penerbitnya PT Bank "
                        "Contoh, diunduh lebih dari 10 juta kali dengan nilai 4,5, dan ada saran "
                        "mencocokkan dengan situs resmi bank. Tombol Instal ditandai untuk "
                        "diketuk."
                    ),
                ),
                Step(
                    title="Pastikan izin aplikasi tak dikenal mati",
                    html=(
                        "<p>HP Android punya pengaturan yang mencegah pemasangan aplikasi dari "
                        "luar toko resmi. Pastikan aplikasi pesan dan peramban <b>tidak "
                        "diizinkan</b> memasang aplikasi. Letak menunya berbeda di tiap merek HP; "
                        "cara mudahnya, ketik “dikenal” di kolom cari pada Setelan.</p>"
                    ),
                    screen=Screen(
                        app=SETELAN,
                        heading="Instal aplikasi tak dikenal",
                        items=(
                            Line("Aplikasi yang boleh memasang APK:"),
                            Row("Pesan", "Tidak diizinkan"),
                            Row("Peramban", "Tidak diizinkan"),
                            Row("Pengelola file", "Tidak diizinkan"),
                        ),
                        tap=1,
                        color=SETELAN_COLOR,
                    ),
                    alt=(
                        "Layar Setelan berjudul Instal aplikasi tak dikenal. Aplikasi Pesan, "
                        "Peramban, dan Pengelola file semuanya berstatus Tidak diizinkan. Baris "
                        "Pesan ditandai untuk diperiksa."
                    ),
                ),
            ),
        ),
        Text(
            html=(
                "<h2>Penipu yang mengaku petugas</h2>"
                "<p>Penipu juga suka menyamar sebagai petugas pemerintah, bank, atau perusahaan "
                "listrik dan air. Salah satu modusnya adalah <b>aktivasi IKD</b> (Identitas "
                "Kependudukan Digital, KTP di HP). Penipu menelepon atau mengirim WhatsApp: "
                "“Aktivasi IKD bisa dari rumah, pasang aplikasi ini” lalu mengirim file .apk, atau "
                "meminta kode yang masuk ke email atau SMS Anda.</p>"
                "<p>Di Balikpapan, <b>aktivasi IKD hanya dilakukan secara langsung di kantor "
                "kelurahan</b>. Petugas memindai kode QR di aplikasi Anda saat Anda datang. "
                "Aktivasi tidak pernah dilakukan lewat telepon atau WhatsApp.</p>"
            )
        ),
        Figure(
            screen=Screen(
                app=PESAN,
                heading="+62 812-0000-0010",
                items=(
                    Line("Pengirim tidak ada di kontak Anda"),
                    Line("Bapak/Ibu, saya petugas Dukcapil."),
                    Line("Aktivasi IKD bisa dari rumah, instal ini:"),
                    Row("Aktivasi IKD.apk", "File APK, 8 MB"),
                    Line("Lalu kirim kode OTP yang masuk ke saya."),
                ),
                color=PESAN_COLOR,
            ),
            alt=(
                "Contoh pesan penipuan dari nomor tak dikenal +62 812-0000-0010 yang mengaku "
                "petugas Dukcapil. Pesan itu menawarkan aktivasi IKD dari rumah, melampirkan file "
                "Aktivasi IKD.apk, dan meminta kode OTP dikirim kepadanya."
            ),
            caption=(
                "Penipuan mengatasnamakan petugas. Di Balikpapan, aktivasi IKD hanya di kantor "
                "kelurahan, tidak pernah lewat telepon atau WhatsApp."
            ),
        ),
        Callout(
            kind="safety",
            title="Aktivasi IKD hanya di kelurahan",
            html=(
                "<p>Aktivasi IKD di Balikpapan hanya dilakukan <b>tatap muka di kantor "
                "kelurahan</b>. Jika ada yang menawarkan aktivasi lewat telepon, WhatsApp, atau "
                "file .apk, itu penipuan. Jangan pernah memberikan kode aktivasi, OTP, atau PIN "
                "kepada siapa pun.</p>"
            ),
        ),
    ),
)

otp_dan_sandi = Lesson(
    slug="otp-pin-dan-kata-sandi",
    title="OTP, PIN, Kata Sandi, dan Verifikasi Dua Langkah",
    intro=(
        "Kode OTP, PIN, dan kata sandi adalah kunci rumah digital Anda. Pelajari cara "
        "menjaganya dan menambah satu kunci lagi dengan verifikasi dua langkah."
    ),
    minutes=9,
    body=(
        Text(
            html=(
                "<h2>Apa itu OTP?</h2>"
                "<p><b>OTP</b> (One-Time Password) adalah kode sekali pakai, biasanya 4 sampai 6 "
                "angka, yang dikirim lewat SMS, WhatsApp, atau email. Kode ini muncul saat Anda "
                "masuk ke aplikasi, mengganti nomor, atau melakukan transaksi. OTP adalah kunci "
                "terakhir: siapa pun yang memegangnya bisa masuk ke akun Anda.</p>"
                "<p>Biasakan <b>membaca isi pesan OTP</b> sebelum memakainya. Pesan itu biasanya "
                "menyebut untuk apa kodenya. Jika Anda tidak sedang melakukan apa pun tetapi OTP "
                "masuk, berarti ada orang lain yang mencoba masuk ke akun Anda. Abaikan dan jangan "
                "berikan kodenya.</p>"
            )
        ),
        Figure(
            screen=Screen(
                app=PESAN,
                heading="BANK CONTOH",
                items=(
                    Line("Kode OTP Anda: 123456", bold=True),
                    Line("Untuk masuk ke aplikasi Bank Contoh."),
                    Notice("JANGAN BERIKAN kode ini kepada siapa pun.", tone="danger"),
                    Line("Petugas bank tidak pernah memintanya."),
                ),
                color=SETELAN_COLOR,
            ),
            alt=(
                "Contoh SMS dari Bank Contoh berisi kode OTP 123456 untuk masuk ke aplikasi. Kotak "
                "merah bertuliskan jangan berikan kode ini kepada siapa pun, dan petugas bank "
                "tidak pernah memintanya."
            ),
            caption="Pesan OTP asli pun selalu mengingatkan: jangan berikan kode ini ke siapa pun.",
        ),
        Callout(
            kind="safety",
            title="Jangan pernah berikan OTP dan PIN",
            html=(
                "<p>Petugas bank, kurir, petugas pemerintah, bahkan keluarga tidak perlu tahu "
                "kode OTP dan PIN Anda. Siapa pun yang memintanya, lewat telepon, chat, atau "
                "tautan, hampir pasti penipu. Jangan juga memotret atau meneruskan pesan OTP.</p>"
            ),
        ),
        Text(
            html=(
                "<h2>PIN yang aman</h2>"
                "<ul>"
                "<li>Jangan memakai tanggal lahir, nomor HP, atau angka berurutan seperti 123456 "
                "dan 111111.</li>"
                "<li>Jangan menulis PIN di kartu ATM atau di sampul HP.</li>"
                "<li>Tutupi tombol saat mengetik PIN di tempat umum.</li>"
                "</ul>"
                "<h2>Kata sandi yang kuat</h2>"
                "<ul>"
                "<li><b>Panjang lebih baik.</b> Buat kata sandi minimal 12 karakter. Cara "
                "mudahnya, gabungkan beberapa kata yang hanya Anda pahami, misalnya "
                "<i>pisang-hujan-Sepeda-27</i> (jangan pakai contoh ini).</li>"
                "<li><b>Beda akun, beda kata sandi.</b> Jika satu bocor, akun lain tetap aman. "
                "Jaga terutama kata sandi email, karena email dipakai untuk mengatur ulang akun "
                "lainnya.</li>"
                "<li><b>Jangan dibagikan</b>, termasuk ke orang yang mengaku petugas.</li>"
                "<li><b>Segera ganti</b> jika Anda curiga kata sandi sudah diketahui orang "
                "lain.</li>"
                "</ul>"
                "<h2>Verifikasi dua langkah</h2>"
                "<p>Verifikasi dua langkah menambah kunci kedua. Selain kode OTP, akun meminta PIN "
                "atau kode lain yang hanya Anda ketahui. Jadi, meskipun penipu berhasil "
                "mendapatkan OTP, ia tetap tidak bisa masuk. Nyalakan fitur ini di aplikasi pesan, "
                "email, dan media sosial Anda.</p>"
                "<p>Di WhatsApp, fitur ini bernama <b>Verifikasi dua langkah</b>. Langkah di bawah "
                "ini memakai aplikasi pesan tiruan; nama dan letak menu di HP Anda bisa sedikit "
                "berbeda, jadi lihat juga bagian bantuan aplikasinya.</p>"
            )
        ),
        Steps(
            title="Menyalakan verifikasi dua langkah di aplikasi pesan",
            steps=(
                Step(
                    title="Buka Setelan, lalu Akun",
                    html=(
                        "<p>Di aplikasi pesan, buka menu (biasanya tiga titik di pojok kanan "
                        "atas), pilih <b>Setelan</b>, lalu ketuk <b>Akun</b>.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Setelan",
                        items=(
                            Row("Akun", "Keamanan, ganti nomor"),
                            Row("Privasi"),
                            Row("Chat"),
                            Row("Notifikasi"),
                        ),
                        tap=0,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar Setelan aplikasi pesan dengan menu Akun, Privasi, Chat, dan "
                        "Notifikasi. Menu Akun ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Pilih Verifikasi dua langkah",
                    html="<p>Di menu Akun, ketuk <b>Verifikasi dua langkah</b>.</p>",
                    screen=Screen(
                        app=PESAN,
                        heading="Akun",
                        items=(
                            Row("Notifikasi keamanan"),
                            Row("Verifikasi dua langkah"),
                            Row("Ganti nomor"),
                            Row("Hapus akun"),
                        ),
                        tap=1,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar Akun dengan menu Notifikasi keamanan, Verifikasi dua langkah, Ganti "
                        "nomor, dan Hapus akun. Verifikasi dua langkah ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Buat PIN enam angka",
                    html=(
                        "<p>Ketuk <b>Aktifkan</b>, lalu buat PIN enam angka yang mudah Anda ingat "
                        "tetapi sulit ditebak orang lain. Jangan pakai tanggal lahir. Ketik sekali "
                        "lagi untuk memastikan.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Verifikasi dua langkah",
                        items=(
                            Field("Masukkan PIN 6 angka", "• • • • • •"),
                            Line("Jangan pakai tanggal lahir."),
                            Line("PIN ini akan diminta sesekali."),
                            Button("Berikutnya"),
                        ),
                        tap=3,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar Verifikasi dua langkah dengan kolom Masukkan PIN 6 angka yang sudah "
                        "terisi dan tersamarkan, pengingat agar tidak memakai tanggal lahir, dan "
                        "bahwa PIN akan diminta sesekali. Tombol Berikutnya ditandai untuk "
                        "diketuk."
                    ),
                ),
                Step(
                    title="Tambahkan email pemulihan",
                    html=(
                        "<p>Masukkan alamat email Anda. Email ini dipakai jika suatu hari Anda "
                        "lupa PIN. Gunakan email yang masih aktif dan hanya Anda yang bisa "
                        "membukanya.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Email pemulihan",
                        items=(
                            Field("Alamat email", "siti.contoh@contoh.id"),
                            Line("Untuk mengatur ulang PIN jika lupa."),
                            Button("Berikutnya"),
                            Button("Lewati", primary=False),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar Email pemulihan dengan kolom Alamat email berisi "
                        "siti.contoh@contoh.id dan keterangan bahwa email dipakai untuk mengatur "
                        "ulang PIN. Tombol Berikutnya ditandai untuk diketuk. Ada juga tombol "
                        "Lewati."
                    ),
                ),
                Step(
                    title="Selesai",
                    html=(
                        "<p>Verifikasi dua langkah sudah aktif. Sesekali aplikasi akan meminta PIN "
                        "ini agar Anda tidak lupa. Jangan berikan PIN ini kepada siapa pun.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Verifikasi dua langkah",
                        items=(
                            Notice("Verifikasi dua langkah aktif.", tone="success"),
                            Line("Jangan berikan PIN ini kepada siapa pun."),
                            Button("Selesai"),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar dengan kotak hijau Verifikasi dua langkah aktif dan pengingat agar "
                        "PIN tidak diberikan kepada siapa pun. Tombol Selesai ditandai untuk "
                        "diketuk."
                    ),
                ),
            ),
        ),
        KEBIASAAN_AMAN,
    ),
    completion="passed",
)

jika_tertipu = Lesson(
    slug="jika-telanjur-tertipu",
    title="Jika Telanjur Tertipu",
    intro=(
        "Siapa pun bisa tertipu, bahkan orang yang berhati-hati. Yang penting: jangan malu, "
        "jangan panik, dan segera bertindak. Setiap menit berharga."
    ),
    minutes=8,
    body=(
        Text(
            html=(
                "<h2>Lakukan segera, urut dari atas</h2>"
                "<ol>"
                "<li><b>Hubungi bank Anda</b> jika uang sudah terkirim, atau jika Anda sempat "
                "memberikan data kartu, PIN, atau OTP. Pakai nomor resmi yang tertera di balik "
                "kartu ATM, di aplikasi resmi, atau di situs resmi bank. Minta kartu dan akun "
                "diblokir sementara, dan laporkan transfernya.</li>"
                "<li><b>Putuskan internet</b> jika Anda sempat memasang file APK: nyalakan mode "
                "pesawat, lalu hapus aplikasi yang mencurigakan. Jika tidak bisa dihapus, bawa HP "
                "ke pusat servis resmi.</li>"
                "<li><b>Ganti kata sandi dan PIN</b> akun penting, terutama email, aplikasi bank, "
                "dan aplikasi pesan. Lakukan dari HP lain yang aman jika HP Anda mungkin "
                "tersusupi.</li>"
                "<li><b>Keluarkan perangkat asing</b> dari akun aplikasi pesan Anda (caranya ada "
                "di bawah), dan nyalakan verifikasi dua langkah.</li>"
                "<li><b>Simpan bukti</b>: tangkapan layar percakapan, nomor penipu, tautan, nomor "
                "rekening tujuan, dan bukti transfer. Jangan hapus percakapannya sebelum bukti "
                "disimpan.</li>"
                "<li><b>Kabari keluarga dan kenalan</b> bahwa akun Anda mungkin dipakai penipu. "
                "Minta mereka mengabaikan permintaan uang yang mengatasnamakan Anda.</li>"
                "<li><b>Laporkan</b>: ke bank Anda, ke kantor polisi terdekat dengan membawa "
                "bukti, dan untuk penipuan keuangan ke <b>Indonesia Anti-Scam Centre (IASC)</b> "
                "yang dikelola OJK. Cari alamat resminya lewat situs resmi OJK atau tanyakan ke "
                "Kontak OJK 157. Laporkan juga nomor penipu di aplikasi pesan.</li>"
                "</ol>"
                "<p>Cara dan saluran pelaporan bisa berubah. Tanyakan ke bank Anda saluran mana "
                "yang paling cepat untuk kasus Anda.</p>"
            )
        ),
        Callout(
            kind="safety",
            title="Awas penipuan kedua",
            html=(
                "<p>Setelah tertipu, kadang muncul orang yang menawarkan “jasa mengembalikan "
                "uang” dengan bayaran, atau mengaku polisi atau petugas bank dan meminta OTP. "
                "Ini penipuan lanjutan. Urus pengembalian dana hanya lewat bank dan saluran resmi "
                "yang Anda hubungi sendiri.</p>"
            ),
        ),
        Steps(
            title="Mengeluarkan perangkat asing dari aplikasi pesan",
            steps=(
                Step(
                    title="Buka Perangkat tertaut",
                    html=(
                        "<p>Di aplikasi pesan, buka menu (tiga titik di pojok), lalu pilih "
                        "<b>Perangkat tertaut</b>. Di sini terlihat komputer atau HP lain yang "
                        "sedang memakai akun Anda.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Menu",
                        items=(
                            Row("Grup baru"),
                            Row("Perangkat tertaut"),
                            Row("Pesan berbintang"),
                            Row("Setelan"),
                        ),
                        tap=1,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Menu aplikasi pesan dengan pilihan Grup baru, Perangkat tertaut, Pesan "
                        "berbintang, dan Setelan. Perangkat tertaut ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Pilih perangkat yang tidak Anda kenal",
                    html=(
                        "<p>Periksa daftarnya. Jika ada perangkat yang bukan milik Anda, ketuk "
                        "perangkat itu.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Perangkat tertaut",
                        items=(
                            Line("Perangkat yang memakai akun Anda:"),
                            Row("Laptop Siti", "Aktif kemarin"),
                            Row("Windows (tidak dikenal)", "Aktif 5 menit lalu"),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar Perangkat tertaut dengan dua perangkat: Laptop Siti, aktif kemarin, "
                        "dan perangkat Windows yang tidak dikenal, aktif 5 menit lalu. Perangkat "
                        "yang tidak dikenal ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Ketuk Keluar",
                    html=(
                        "<p>Ketuk <b>Keluar</b>. Perangkat itu tidak bisa lagi membaca atau "
                        "mengirim pesan dari akun Anda. Setelah itu, nyalakan verifikasi dua "
                        "langkah seperti di pelajaran sebelumnya.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Windows (tidak dikenal)",
                        items=(
                            Line("Aktif terakhir: 5 menit lalu"),
                            Notice("Bukan perangkat Anda? Segera keluar.", tone="danger"),
                            Button("Keluar"),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Layar perangkat Windows yang tidak dikenal, aktif terakhir 5 menit lalu, "
                        "dengan kotak merah Bukan perangkat Anda? Segera keluar. Tombol Keluar "
                        "ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Document(
            title="Langkah darurat jika tertipu",
            description=(
                "Cetak dan tempel di dekat meja atau simpan di dompet. Isi nomor resmi bank Anda "
                "sekarang, sebelum terjadi apa-apa."
            ),
            filename="langkah-darurat-jika-tertipu.pdf",
            heading="Jika Tertipu: Lakukan Segera",
            lines=(
                "Nomor resmi bank saya: ____________________",
                "1. Telepon bank, minta kartu dan akun diblokir",
                "2. Pasang APK? Mode pesawat, hapus aplikasinya",
                "3. Ganti kata sandi email, bank, aplikasi pesan",
                "4. Keluarkan perangkat asing, aktifkan dua langkah",
                "5. Simpan bukti: chat, nomor, rekening, transfer",
                "6. Kabari keluarga dan kenalan",
                "7. Lapor ke bank, polisi, dan IASC (OJK)",
                "Tidak pernah berikan OTP, PIN, atau kata sandi",
                "Awas “jasa pengembalian dana”: itu penipuan juga",
                "Aktivasi IKD di Balikpapan hanya di kelurahan",
            ),
        ),
        LANGKAH_DARURAT,
    ),
)

COURSE = Course(
    slug="aman-di-internet",
    title="Aman di Internet: Kenali Penipuan, Lindungi Akun",
    summary=(
        "Belajar mengenali pesan palsu, tautan phishing, dan file APK berbahaya, menjaga OTP dan "
        "PIN, membuat kata sandi kuat, serta tahu apa yang harus dilakukan jika tertipu."
    ),
    outcomes=(
        "Mengenali tanda-tanda pesan penipuan, tautan phishing, dan file APK palsu.",
        "Tidak pernah memberikan kode OTP dan PIN kepada siapa pun.",
        "Membuat kata sandi yang kuat dan menyalakan verifikasi dua langkah.",
        "Memasang aplikasi hanya dari toko aplikasi resmi.",
        "Mengambil langkah cepat dan melapor jika telanjur tertipu.",
    ),
    level="dasar",
    pillar="aman",
    topic="keamanan",
    minutes=31,
    checked_on=date(2026, 11, 20),
    keywords=(
        "OTP, penipuan, APK, phishing, PIN, kata sandi, verifikasi dua langkah, tautan palsu, "
        "undangan pernikahan, kurir paket, WhatsApp, IKD, tertipu, bank"
    ),
    cover=Cover(color="#1b5e20", label="Aman", icon="shield"),
    modules=(
        Module(
            slug="kenali-penipuan",
            title="Mengenali Penipuan",
            lessons=(pesan_palsu, apk_palsu),
        ),
        Module(
            slug="lindungi-akun",
            title="Melindungi Akun dan Bertindak Cepat",
            lessons=(otp_dan_sandi, jika_tertipu),
        ),
    ),
)
