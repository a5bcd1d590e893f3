"""Etika digital dan hoaks: memeriksa informasi, berkomunikasi sopan, privasi, dan UU PDP."""

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
    Ordering,
    Pair,
    Row,
    Screen,
    Step,
    Steps,
    Text,
)

PESAN = "Pesan"
PESAN_COLOR = "#075e54"
PERAMBAN = "Peramban"
PERAMBAN_COLOR = "#37474f"
GRUP = "Grup Warga RT (contoh)"

# --- Activities --------------------------------------------------------------------------------
CIRI_HOAKS = MultipleChoice(
    title="Coba: ciri pesan hoaks",
    question="Mana saja ciri pesan yang patut dicurigai sebagai hoaks? Pilih semua yang benar.",
    multiple_answers=True,
    options=(
        Choice(
            'Ada ajakan "Sebarkan sebelum dihapus!"',
            correct=True,
            feedback="Benar. Ajakan seperti ini dibuat agar Anda meneruskan tanpa berpikir.",
        ),
        Choice(
            'Sumbernya hanya "kata teman yang kerja di kantor itu".',
            correct=True,
            feedback="Benar. Sumber yang tidak jelas patut dicurigai.",
        ),
        Choice(
            "Menjanjikan bantuan, tetapi meminta foto KTP dan KK.",
            correct=True,
            feedback="Benar. Ini tanda kuat penipuan yang memakai hoaks bantuan.",
        ),
        Choice(
            "Beritanya juga dimuat di situs resmi berakhiran .go.id.",
            feedback=(
                "Ini bukan ciri hoaks. Situs resmi pemerintah adalah salah satu cara memeriksa "
                "kebenaran berita."
            ),
        ),
    ),
)

URUTAN_CEK_FAKTA = Ordering(
    title="Latihan: cek dulu sebelum menyebarkan",
    question="Urutkan langkah memeriksa pesan yang mencurigakan.",
    items=(
        "Berhenti dan baca pesannya sampai habis",
        "Cari kata kuncinya di mesin pencari",
        "Periksa tanggal terbit beritanya",
        "Cek keaslian fotonya dengan cari gambar",
        "Cari klaimnya di situs cek fakta",
        "Jika hoaks atau masih ragu, jangan teruskan",
    ),
)

HAK_DATA = Matching(
    title="Latihan: hak Anda atas data pribadi",
    question="Pasangkan keadaan dengan hak yang bisa Anda pakai menurut UU PDP.",
    pairs=(
        Pair("Alamat Anda di sebuah aplikasi tertulis salah", "Meminta data diperbaiki"),
        Pair("Anda ingin data Anda tidak disimpan lagi", "Meminta data dihapus"),
        Pair("Anda ingin tahu data apa saja yang disimpan", "Melihat dan mendapat salinan data"),
        Pair("Anda berubah pikiran soal izin yang dulu diberikan", "Menarik kembali persetujuan"),
    ),
)

BATAS_WAKTU = FillBlank(
    title="Latihan: batas waktu menanggapi",
    question="Lengkapi kalimat berikut dengan batas waktu menurut UU PDP.",
    text=("Pihak yang memegang data wajib menanggapi permintaan Anda paling lambat ___ jam."),
    blanks=(
        Blank(
            answers=("3 x 24", "3 x 24 jam", "72", "72 jam"),
            label="Batas waktu dalam jam",
            feedback="Paling lambat 3 x 24 jam, yaitu 72 jam.",
        ),
    ),
)


mengenali_hoaks = Lesson(
    slug="mengenali-hoaks",
    title="Mengenali Hoaks",
    intro=(
        "Setiap hari kita menerima banyak pesan berantai. Sebagian benar, sebagian keliru, dan "
        "sebagian sengaja dibuat untuk menipu. Mari belajar mengenali hoaks."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<p><b>Hoaks</b> atau <b>berita bohong</b> adalah informasi yang tidak benar atau "
                "menyesatkan, tetapi dibuat seolah-olah benar. Hoaks bisa berupa tulisan, foto, "
                "video, atau pesan suara. Ada yang dibuat untuk menipu dan mencuri data, ada yang "
                "untuk memecah belah, ada juga yang sekadar mencari perhatian.</p>"
                "<h2>Bentuk-bentuk hoaks</h2>"
                "<ul>"
                "<li><b>Cerita karangan.</b> Kejadiannya sama sekali tidak pernah ada.</li>"
                "<li><b>Foto atau video lama dengan keterangan baru.</b> Misalnya foto banjir dari "
                "kota lain beberapa tahun lalu, lalu disebut terjadi di Balikpapan hari ini.</li>"
                "<li><b>Foto atau video yang disunting.</b> Gambar dipotong, ditambah, atau "
                "suaranya diganti.</li>"
                "<li><b>Judul menyesatkan.</b> Judulnya heboh, tetapi isinya berbeda.</li>"
                "<li><b>Mencatut nama.</b> Memakai logo kementerian, pemerintah kota, bank, atau "
                "tokoh terkenal agar tampak resmi, misalnya info “bantuan” palsu.</li>"
                "<li><b>Lelucon yang dianggap serius.</b> Tulisan candaan yang diteruskan tanpa "
                "keterangan, lalu dipercaya sebagai berita.</li>"
                "</ul>"
                "<h2>Ciri-ciri yang patut dicurigai</h2>"
                "<ul>"
                "<li>Membuat Anda sangat marah, takut, atau terharu.</li>"
                "<li>Ada ajakan “Sebarkan!”, “Viralkan!”, atau “Sebelum dihapus!”.</li>"
                "<li>Sumbernya tidak jelas: “kata teman yang kerja di kantor itu”.</li>"
                "<li>Tidak ada tanggal, atau tanggalnya sudah lama.</li>"
                "<li>Banyak huruf kapital dan tanda seru.</li>"
                "<li>Menjanjikan hadiah atau bantuan, tetapi meminta data KTP, KK, atau OTP.</li>"
                "<li>Menawarkan obat ajaib yang katanya menyembuhkan semua penyakit.</li>"
                "</ul>"
            )
        ),
        Figure(
            screen=Screen(
                app=PESAN,
                heading=GRUP,
                items=(
                    Line("Diteruskan berkali-kali"),
                    Line("PENTING!!! SEBARKAN KE SEMUA GRUP!!!", bold=True),
                    Line("Bantuan Rp5 juta untuk semua warga."),
                    Line("Daftar di tautan ini, kirim foto KTP & KK."),
                    Line("Hanya hari ini, sebelum dihapus!!!"),
                ),
                color=PESAN_COLOR,
            ),
            alt=(
                "Contoh pesan berantai di grup warga yang sudah diteruskan berkali-kali. Isinya "
                "ditulis dengan huruf kapital dan banyak tanda seru: penting, sebarkan ke semua "
                "grup. Pesan menjanjikan bantuan Rp5 juta untuk semua warga, meminta mendaftar di "
                "sebuah tautan dan mengirim foto KTP dan KK, dan mendesak karena hanya berlaku "
                "hari ini."
            ),
            caption=(
                "Contoh hoaks: diteruskan berkali-kali, huruf kapital, desakan waktu, sumber tidak "
                "jelas, dan meminta data pribadi."
            ),
        ),
        Text(
            html=(
                "<h2>Mengapa hoaks cepat menyebar?</h2>"
                "<p>Sering kali orang meneruskan hoaks dengan niat baik: ingin memperingatkan "
                "keluarga atau membantu tetangga. Pesan dari orang yang kita percaya, misalnya "
                "saudara di grup keluarga, juga lebih mudah kita percayai tanpa diperiksa. "
                "Karena itu, kebiasaan kecil seperti berhenti sejenak sebelum meneruskan pesan "
                "sangat berarti.</p>"
                "<h2>Dampak hoaks</h2>"
                "<ul>"
                "<li><b>Kerugian uang dan data.</b> Hoaks “bantuan” sering menjadi pintu penipuan: "
                "korban mengirim foto KTP, KK, atau kode OTP.</li>"
                "<li><b>Bahaya kesehatan.</b> Orang menunda berobat karena percaya obat ajaib.</li>"
                "<li><b>Kepanikan.</b> Kabar palsu tentang bencana atau kelangkaan barang membuat "
                "orang panik dan memborong.</li>"
                "<li><b>Perpecahan.</b> Hoaks yang menyinggung suku atau agama bisa merusak "
                "kerukunan warga.</li>"
                "<li><b>Urusan hukum.</b> Menyebarkan berita bohong yang merugikan orang lain bisa "
                "berujung pada masalah hukum, meskipun Anda hanya meneruskan.</li>"
                "</ul>"
            )
        ),
        Steps(
            title="Latihan: temukan ciri hoaks dalam satu pesan",
            steps=(
                Step(
                    title="Label diteruskan berkali-kali",
                    html=(
                        "<p>Lihat bagian paling atas pesan. Label <b>diteruskan berkali-kali</b> "
                        "berarti pesan ini sudah berpindah dari grup ke grup. Pembuat aslinya "
                        "tidak jelas.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading=GRUP,
                        items=(
                            Line("Diteruskan berkali-kali"),
                            Line("PENTING!!! SEBARKAN KE SEMUA GRUP!!!", bold=True),
                            Line("Bantuan Rp5 juta untuk semua warga."),
                            Line("Daftar di tautan ini, kirim foto KTP & KK."),
                            Line("Hanya hari ini, sebelum dihapus!!!"),
                        ),
                        tap=0,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan berantai bantuan Rp5 juta di grup warga. Baris paling atas, "
                        "Diteruskan berkali-kali, ditandai."
                    ),
                ),
                Step(
                    title="Huruf kapital dan ajakan menyebarkan",
                    html=(
                        "<p>Huruf kapital, banyak tanda seru, dan ajakan <b>sebarkan</b> dibuat "
                        "untuk memancing emosi agar Anda tidak sempat berpikir.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading=GRUP,
                        items=(
                            Line("Diteruskan berkali-kali"),
                            Line("PENTING!!! SEBARKAN KE SEMUA GRUP!!!", bold=True),
                            Line("Bantuan Rp5 juta untuk semua warga."),
                            Line("Daftar di tautan ini, kirim foto KTP & KK."),
                            Line("Hanya hari ini, sebelum dihapus!!!"),
                        ),
                        tap=1,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan berantai yang sama. Baris kedua, PENTING, SEBARKAN KE SEMUA GRUP, "
                        "yang ditulis dengan huruf kapital dan banyak tanda seru, ditandai."
                    ),
                ),
                Step(
                    title="Meminta data pribadi",
                    html=(
                        "<p>Program bantuan resmi tidak diumumkan lewat pesan berantai yang "
                        "meminta foto KTP dan KK dikirim ke tautan tak dikenal. Ini tanda kuat "
                        "penipuan.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading=GRUP,
                        items=(
                            Line("Diteruskan berkali-kali"),
                            Line("PENTING!!! SEBARKAN KE SEMUA GRUP!!!", bold=True),
                            Line("Bantuan Rp5 juta untuk semua warga."),
                            Line("Daftar di tautan ini, kirim foto KTP & KK."),
                            Line("Hanya hari ini, sebelum dihapus!!!"),
                        ),
                        tap=3,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan berantai yang sama. Baris keempat, Daftar di tautan ini, kirim foto "
                        "KTP dan KK, ditandai."
                    ),
                ),
                Step(
                    title="Desakan waktu",
                    html=(
                        "<p>“Hanya hari ini” dan “sebelum dihapus” membuat Anda terburu-buru. "
                        "Informasi yang benar tidak takut diperiksa lebih dulu.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading=GRUP,
                        items=(
                            Line("Diteruskan berkali-kali"),
                            Line("PENTING!!! SEBARKAN KE SEMUA GRUP!!!", bold=True),
                            Line("Bantuan Rp5 juta untuk semua warga."),
                            Line("Daftar di tautan ini, kirim foto KTP & KK."),
                            Line("Hanya hari ini, sebelum dihapus!!!"),
                        ),
                        tap=4,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan berantai yang sama. Baris terakhir, Hanya hari ini, sebelum "
                        "dihapus, ditandai."
                    ),
                ),
            ),
        ),
        Callout(
            kind="tip",
            title="Saring sebelum sharing",
            html=(
                "<p>Jika ragu, jangan teruskan. Tidak ada ruginya menunggu sampai informasi itu "
                "jelas benar. Informasi yang keliru bisa membuat orang lain rugi, cemas, atau "
                "tertipu.</p>"
            ),
        ),
        CIRI_HOAKS,
    ),
)

cek_sebelum_sebar = Lesson(
    slug="cek-sebelum-sebar",
    title="Cek Dulu Sebelum Menyebarkan",
    intro=(
        "Memeriksa kebenaran informasi tidak sulit. Cukup beberapa menit: periksa sumber, "
        "tanggal, media lain, dan keaslian foto."
    ),
    minutes=9,
    body=(
        Text(
            html=(
                "<p>Kita akan memeriksa pesan “bantuan Rp5 juta” dari pelajaran sebelumnya. "
                "Gambar di bawah ini adalah simulasi: tampilan mesin pencari dan situs di HP Anda "
                "bisa berbeda.</p>"
                "<p>Beberapa situs cek fakta yang bisa Anda kunjungi antara lain "
                "<b>cekfakta.com</b> dan <b>turnbackhoax.id</b>. Pemerintah juga sering "
                "menerbitkan klarifikasi hoaks di kanal resmi Komdigi dan akun resmi pemerintah "
                "daerah.</p>"
            )
        ),
        Steps(
            title="Memeriksa sebuah pesan berantai",
            steps=(
                Step(
                    title="Berhenti dan baca sampai habis",
                    html=(
                        "<p>Jangan langsung meneruskan. Baca seluruh pesan, bukan hanya judulnya. "
                        "Tanyakan pada diri sendiri: siapa yang membuat pesan ini, dan apa "
                        "tujuannya?</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading=GRUP,
                        items=(
                            Line("Diteruskan berkali-kali"),
                            Line("Bantuan Rp5 juta untuk semua warga..."),
                            Row("Baca selengkapnya"),
                            Button("Teruskan", primary=False),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan berantai di grup warga tentang bantuan Rp5 juta untuk semua warga. "
                        "Tulisan Baca selengkapnya ditandai untuk diketuk. Tombol Teruskan di "
                        "bawahnya tidak boleh diketuk dulu."
                    ),
                ),
                Step(
                    title="Cari di mesin pencari",
                    html=(
                        "<p>Ketik kata kunci pesan itu di mesin pencari. Lihat apakah situs resmi "
                        "pemerintah (berakhiran <b>.go.id</b>) atau media berita yang dikenal juga "
                        "memberitakannya. Jika hanya beredar di grup chat, patut dicurigai.</p>"
                    ),
                    screen=Screen(
                        app=PERAMBAN,
                        heading="Hasil pencarian",
                        items=(
                            Field("Cari", "bantuan Rp5 juta semua warga"),
                            Row("Klarifikasi: itu hoaks", "situs cek fakta (contoh)"),
                            Row("Tidak ada program itu", "situs .go.id (contoh)"),
                            Row("Info serupa, tanpa sumber", "blog tak dikenal (contoh)"),
                        ),
                        tap=2,
                        color=PERAMBAN_COLOR,
                    ),
                    alt=(
                        "Hasil pencarian untuk bantuan Rp5 juta semua warga. Ada tiga hasil "
                        "contoh: klarifikasi bahwa itu hoaks dari situs cek fakta, penjelasan "
                        "bahwa tidak ada program itu dari situs .go.id yang ditandai untuk "
                        "diketuk, dan info serupa tanpa sumber dari blog tak dikenal."
                    ),
                ),
                Step(
                    title="Periksa tanggalnya",
                    html=(
                        "<p>Buka beritanya dan lihat <b>tanggal terbit</b>. Berita lama sering "
                        "diedarkan ulang seolah-olah baru terjadi. Peristiwa beberapa tahun lalu "
                        "belum tentu masih berlaku hari ini.</p>"
                    ),
                    screen=Screen(
                        app=PERAMBAN,
                        heading="Berita (contoh)",
                        items=(
                            Line("Diterbitkan: 12 Maret 2019", bold=True),
                            Line("Bantuan tunai untuk warga terdampak"),
                            Line("banjir di sebuah kota (contoh)."),
                            Notice("Berita lama, bukan kejadian hari ini.", tone="danger"),
                        ),
                        tap=0,
                        color=PERAMBAN_COLOR,
                    ),
                    alt=(
                        "Halaman berita contoh yang diterbitkan 12 Maret 2019 tentang bantuan "
                        "tunai untuk warga terdampak banjir di sebuah kota. Tanggal terbit "
                        "ditandai. Kotak merah menjelaskan bahwa ini berita lama, bukan kejadian "
                        "hari ini."
                    ),
                ),
                Step(
                    title="Cek keaslian foto",
                    html=(
                        "<p>Jika ada foto, periksa dengan <b>pencarian gambar</b>. Banyak mesin "
                        "pencari dan peramban punya fitur “cari dengan gambar”: Anda mengunggah "
                        "foto atau menempelkan tautannya, lalu mesin pencari menunjukkan di mana "
                        "saja foto itu pernah muncul.</p>"
                    ),
                    screen=Screen(
                        app=PERAMBAN,
                        heading="Cari dengan gambar",
                        items=(
                            Line("Unggah foto atau tempel tautannya."),
                            Button("Unggah foto"),
                            Button("Tempel tautan gambar", primary=False),
                        ),
                        tap=1,
                        color=PERAMBAN_COLOR,
                    ),
                    alt=(
                        "Layar Cari dengan gambar di peramban, dengan petunjuk untuk mengunggah "
                        "foto atau menempel tautannya. Tombol Unggah foto ditandai untuk diketuk. "
                        "Di bawahnya tombol Tempel tautan gambar."
                    ),
                ),
                Step(
                    title="Lihat kapan foto itu pertama muncul",
                    html=(
                        "<p>Perhatikan hasil yang paling lama. Jika foto yang sama sudah muncul "
                        "bertahun-tahun lalu dengan cerita berbeda, berarti foto itu dipakai di "
                        "luar konteks aslinya.</p>"
                    ),
                    screen=Screen(
                        app=PERAMBAN,
                        heading="Hasil pencarian gambar",
                        items=(
                            Line("Foto yang sama ditemukan di:"),
                            Row("Berita banjir kota lain", "2019 (contoh)"),
                            Row("Unggahan media sosial", "2021 (contoh)"),
                            Row("Pesan berantai", "2026 (contoh)"),
                        ),
                        tap=1,
                        color=PERAMBAN_COLOR,
                    ),
                    alt=(
                        "Hasil pencarian gambar: foto yang sama ditemukan di berita banjir kota "
                        "lain tahun 2019, unggahan media sosial tahun 2021, dan pesan berantai "
                        "tahun 2026. Hasil tertua dari tahun 2019 ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Cari di situs cek fakta",
                    html=(
                        "<p>Ketik inti klaimnya di situs cek fakta. Jika sudah pernah diperiksa, "
                        "Anda akan menemukan label seperti <b>hoaks</b>, <b>salah</b>, atau "
                        "<b>menyesatkan</b>, lengkap dengan penjelasannya.</p>"
                    ),
                    screen=Screen(
                        app="Cek Fakta (contoh)",
                        heading="Cari klaim",
                        items=(
                            Field("Kata kunci", "bantuan Rp5 juta"),
                            Row("Bantuan Rp5 juta via tautan", "Label: HOAKS"),
                            Row("Pendaftaran bansos resmi", "Penjelasan"),
                        ),
                        tap=1,
                        color="#b71c1c",
                    ),
                    alt=(
                        "Situs cek fakta contoh dengan kata kunci bantuan Rp5 juta. Hasil pertama, "
                        "Bantuan Rp5 juta via tautan dengan label HOAKS, ditandai untuk diketuk. "
                        "Hasil kedua berisi penjelasan pendaftaran bansos resmi."
                    ),
                ),
                Step(
                    title="Jangan teruskan, hapus pesannya",
                    html=(
                        "<p>Jika terbukti hoaks atau masih diragukan, <b>jangan teruskan</b>. "
                        "Hapus pesannya. Jika pengirimnya orang yang Anda kenal, beri tahu dengan "
                        "sopan lewat pesan pribadi. Caranya kita pelajari di pelajaran "
                        "berikutnya.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading=GRUP,
                        items=(
                            Line("Bantuan Rp5 juta untuk semua warga..."),
                            Line("Terbukti hoaks. Apa yang Anda lakukan?"),
                            Button("Hapus pesan"),
                            Button("Teruskan", primary=False),
                        ),
                        tap=2,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan bantuan Rp5 juta di grup warga dengan pertanyaan terbukti hoaks, "
                        "apa yang Anda lakukan. Tombol Hapus pesan ditandai untuk diketuk. Tombol "
                        "Teruskan tidak dipilih."
                    ),
                ),
            ),
        ),
        Document(
            title="Saring sebelum sharing",
            description=(
                "Daftar periksa satu halaman. Tempel di dekat meja atau simpan di HP, dan bagikan "
                "kepada keluarga."
            ),
            filename="saring-sebelum-sharing.pdf",
            heading="Saring Sebelum Sharing: Cek Dulu!",
            lines=(
                "Sudah saya baca sampai habis, bukan judulnya saja?",
                "Siapa sumbernya? Apakah jelas dan resmi?",
                "Kapan diterbitkan? Apakah berita lama?",
                "Apakah media lain atau situs .go.id memberitakan?",
                "Apakah fotonya asli? Cek dengan cari gambar",
                "Apakah sudah ada di situs cek fakta?",
                "Apakah pesan ini membuat saya marah atau takut?",
                "Apakah meminta data pribadi, uang, atau OTP?",
                "Apakah berguna jika saya sebarkan?",
                "Ragu? Jangan teruskan.",
            ),
        ),
        URUTAN_CEK_FAKTA,
    ),
    completion="passed",
)

sopan_dan_privasi = Lesson(
    slug="sopan-dan-menghormati-privasi",
    title="Berkomunikasi dengan Sopan dan Menghormati Privasi",
    intro=(
        "Dunia digital adalah ruang bersama. Sopan santun dan rasa hormat pada privasi orang "
        "lain tetap berlaku, sama seperti saat bertemu langsung."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<h2>Sopan di grup percakapan</h2>"
                "<ul>"
                "<li>Sapa dengan santun dan gunakan bahasa yang baik. Tulisan tidak membawa nada "
                "suara, jadi baca ulang sebelum mengirim agar tidak disalahpahami.</li>"
                "<li>Hindari menulis semuanya dengan huruf kapital; itu terkesan berteriak.</li>"
                "<li>Perhatikan waktu. Jangan mengirim pesan yang tidak penting larut malam.</li>"
                "<li>Tetap pada topik grup. Urusan pribadi sebaiknya lewat pesan pribadi.</li>"
                "<li>Jangan membanjiri grup dengan pesan berantai, stiker, atau promosi.</li>"
                "<li>Jangan menyinggung suku, agama, ras, atau golongan. Jangan menghina atau "
                "mempermalukan orang, termasuk soal bentuk tubuh.</li>"
                "<li>Saat berbeda pendapat, bahas gagasannya, bukan orangnya. Jika suasana "
                "memanas, berhenti sejenak.</li>"
                "</ul>"
                "<h2>Menegur hoaks dengan santun</h2>"
                "<p>Jika kenalan Anda meneruskan hoaks, jangan mempermalukannya di grup. Kirim "
                "pesan pribadi yang ramah, sertakan sumber yang benar, dan minta dengan sopan agar "
                "pesannya dihapus. Ingat, biasanya ia meneruskan dengan niat baik.</p>"
            )
        ),
        Steps(
            title="Menegur hoaks lewat pesan pribadi",
            steps=(
                Step(
                    title="Buka pesan pribadi ke pengirim",
                    html=(
                        "<p>Di grup, ketuk nama pengirim, lalu pilih kirim pesan pribadi. Jangan "
                        "membalas di grup agar ia tidak merasa dipermalukan.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Bu Ani Contoh",
                        items=(
                            Line("0812-0000-0002"),
                            Row("Kirim pesan"),
                            Row("Telepon"),
                            Row("Lihat grup bersama"),
                        ),
                        tap=1,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Profil Bu Ani Contoh dengan nomor 0812-0000-0002 dan pilihan Kirim pesan, "
                        "Telepon, serta Lihat grup bersama. Kirim pesan ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Tulis dengan ramah dan sertakan alasannya",
                    html=(
                        "<p>Awali dengan salam. Jelaskan bahwa informasinya belum benar dan dari "
                        "mana Anda mengetahuinya. Sertakan tautan klarifikasi dari sumber "
                        "resmi atau situs cek fakta. Minta dengan sopan, jangan menyalahkan.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Bu Ani Contoh",
                        items=(
                            Line("Selamat sore, Bu Ani."),
                            Line("Info bantuan Rp5 juta yang Ibu kirim di grup"),
                            Line("ternyata belum benar. Sudah saya cek di"),
                            Line("situs cek fakta dan situs resmi pemerintah."),
                            Line("Mungkin pesannya bisa dihapus, Bu? Terima kasih."),
                            Button("Kirim"),
                        ),
                        tap=5,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Pesan pribadi kepada Bu Ani Contoh: selamat sore, info bantuan Rp5 juta "
                        "yang Ibu kirim di grup ternyata belum benar, sudah dicek di situs cek "
                        "fakta dan situs resmi pemerintah, mungkin pesannya bisa dihapus, terima "
                        "kasih. Tombol Kirim ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Hargai balasannya",
                    html=(
                        "<p>Jika ia berterima kasih, balas dengan hangat. Jika ia tidak setuju, "
                        "tidak perlu berdebat panjang. Anda sudah berbuat baik dengan "
                        "mengingatkan.</p>"
                    ),
                    screen=Screen(
                        app=PESAN,
                        heading="Bu Ani Contoh",
                        items=(
                            Line("Oh iya, terima kasih sudah diingatkan."),
                            Line("Sudah Ibu hapus dari grup."),
                            Field("Ketik pesan", "Sama-sama, Bu. Salam sehat."),
                            Button("Kirim"),
                        ),
                        tap=3,
                        color=PESAN_COLOR,
                    ),
                    alt=(
                        "Balasan Bu Ani Contoh: terima kasih sudah diingatkan, sudah Ibu hapus "
                        "dari grup. Kolom pesan berisi Sama-sama, Bu. Salam sehat. Tombol Kirim "
                        "ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Text(
            html=(
                "<h2>Berkomentar di media sosial</h2>"
                "<p>Komentar di akun publik, misalnya akun pemerintah kota atau media berita, bisa "
                "dibaca ribuan orang dan disimpan lama. Sampaikan kritik dengan jelas dan sopan, "
                "sertakan fakta, dan usulkan jalan keluar. Untuk keluhan layanan publik, saluran "
                "resmi seperti SP4N-LAPOR! lebih mungkin ditindaklanjuti daripada kolom "
                "komentar.</p>"
            )
        ),
        Text(
            html=(
                "<h2>Menghormati privasi orang lain</h2>"
                "<p>Setiap orang berhak menentukan apa yang boleh diketahui orang lain tentang "
                "dirinya. Sebelum mengunggah atau meneruskan sesuatu, tanyakan: apakah orang itu "
                "setuju?</p>"
                "<ul>"
                "<li><b>Minta izin</b> sebelum mengunggah foto atau video orang lain.</li>"
                "<li><b>Jangan sebarkan data orang lain</b>, seperti foto KTP, KK, NIK, alamat "
                "rumah, atau nomor HP, meskipun niatnya baik.</li>"
                "<li><b>Jangan sebarkan tangkapan layar percakapan pribadi</b> tanpa izin orang "
                "yang terlibat.</li>"
                "<li><b>Hormati korban.</b> Jangan menyebarkan foto atau video korban kecelakaan, "
                "bencana, atau kejahatan.</li>"
                "<li><b>Ingat jejak digital.</b> Yang sudah diunggah sulit dihapus sepenuhnya, "
                "karena orang lain bisa menyimpan dan menyebarkannya lagi.</li>"
                "</ul>"
                "<h3>Tiga pertanyaan sebelum mengunggah foto orang lain</h3>"
                "<ol>"
                "<li>Apakah orang di foto ini sudah setuju?</li>"
                "<li>Apakah foto ini bisa membuatnya malu, rugi, atau dalam bahaya?</li>"
                "<li>Apakah foto ini memperlihatkan data pribadi, misalnya alamat atau plat "
                "nomor kendaraan?</li>"
                "</ol>"
                "<h3>Lindungi anak-anak</h3>"
                "<p>Anak-anak belum bisa memutuskan apa yang pantas diunggah tentang dirinya. Foto "
                "anak yang tampak lucu hari ini bisa membuatnya malu kelak, atau dimanfaatkan "
                "orang jahat.</p>"
            )
        ),
        Callout(
            kind="safety",
            title="Hati-hati mengunggah foto dan data anak",
            html=(
                "<p>Jangan mengunggah foto anak yang memperlihatkan nama lengkap, seragam dan nama "
                "sekolah, alamat rumah, atau lokasi saat itu juga. Jangan mengunggah foto anak "
                "tanpa busana atau saat mandi. Jangan pula mengunggah foto anak orang lain tanpa "
                "izin orang tuanya.</p>"
            ),
        ),
    ),
)

hak_data_pribadi = Lesson(
    slug="hak-data-pribadi-uu-pdp",
    title="Hak Anda atas Data Pribadi (UU PDP)",
    intro=(
        "Sejak 2022, Indonesia punya undang-undang yang melindungi data pribadi. Mari pahami "
        "isinya dengan bahasa sederhana, dan cara memakai hak-hak Anda."
    ),
    minutes=8,
    body=(
        Text(
            html=(
                "<p><b>Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi</b>, "
                "disingkat <b>UU PDP</b>, mengatur bagaimana data pribadi boleh dikumpulkan dan "
                "dipakai oleh siapa saja yang memegangnya: kantor pemerintah, bank, toko daring, "
                "sampai aplikasi di HP. Berikut ringkasannya dalam bahasa sederhana. Ini bukan "
                "nasihat hukum; untuk urusan hukum, bacalah aturan resminya atau tanyakan kepada "
                "ahlinya.</p>"
                "<h2>Apa itu data pribadi?</h2>"
                "<p>Data pribadi adalah keterangan yang bisa menunjukkan siapa Anda, misalnya "
                "nama, NIK, alamat, nomor HP, atau foto wajah. Ada juga data yang lebih peka, yang "
                "disebut <b>data pribadi spesifik</b>, antara lain data kesehatan, data biometrik "
                "seperti sidik jari dan wajah, data genetik, catatan kejahatan, data anak, dan "
                "data keuangan pribadi.</p>"
                "<h2>Persetujuan harus jelas</h2>"
                "<p>Jika data Anda dikumpulkan dengan dasar persetujuan, persetujuan itu harus "
                "tegas, tercatat, dan bisa dibuktikan. Permintaannya harus ditulis dalam bahasa "
                "Indonesia yang jelas dan dipisahkan dari syarat-syarat lain. Jadi, bacalah "
                "sebelum mengetuk “Setuju”.</p>"
                "<h2>Hak-hak Anda</h2>"
                "<ul>"
                "<li><b>Mengetahui</b> siapa yang meminta data Anda dan untuk apa.</li>"
                "<li><b>Melihat dan mendapat salinan</b> data Anda.</li>"
                "<li><b>Memperbaiki</b> data yang salah atau tidak lengkap.</li>"
                "<li><b>Meminta penghapusan</b> data Anda.</li>"
                "<li><b>Membatasi</b> atau menunda pemakaian data Anda.</li>"
                "<li><b>Menarik kembali persetujuan</b> yang pernah Anda berikan.</li>"
                "<li><b>Meminta data Anda dalam bentuk file</b> yang bisa dibaca komputer, "
                "supaya bisa dipindahkan ke layanan lain.</li>"
                "</ul>"
                "<p>Pihak yang memegang data wajib menanggapi permintaan seperti ini dalam waktu "
                "<b>3 x 24 jam</b>.</p>"
                "<h2>Jika data bocor</h2>"
                "<p>Jika terjadi kebocoran data, pihak yang memegang data wajib memberi tahu "
                "orang-orang yang datanya bocor dan lembaga yang berwenang paling lambat "
                "<b>3 x 24 jam</b>. Jika Anda menerima pemberitahuan seperti itu, segera ganti "
                "kata sandi dan lebih waspada terhadap pesan penipuan.</p>"
                "<h2>Data anak</h2>"
                "<p>Memproses data anak memerlukan <b>persetujuan orang tua atau wali</b>. Aturan "
                "pemerintah yang terbit kemudian juga menganggap semua yang berusia di bawah 18 "
                "tahun sebagai anak, dan melarang pembuatan profil (profiling) anak.</p>"
            )
        ),
        Steps(
            title="Meminta data Anda diperbaiki atau dihapus",
            steps=(
                Step(
                    title="Cari kontak resmi di kebijakan privasi",
                    html=(
                        "<p>Buka situs atau aplikasi resmi layanan itu dan cari halaman "
                        "<b>Kebijakan Privasi</b>. Di sana biasanya tertulis cara menghubungi "
                        "pihak yang mengurus data pribadi.</p>"
                    ),
                    screen=Screen(
                        app=PERAMBAN,
                        heading="Kebijakan Privasi",
                        items=(
                            Row("Data yang dikumpulkan"),
                            Row("Untuk apa data dipakai"),
                            Row("Hak Anda"),
                            Row("Hubungi kami"),
                        ),
                        tap=3,
                        color=PERAMBAN_COLOR,
                    ),
                    alt=(
                        "Halaman Kebijakan Privasi contoh dengan empat bagian: Data yang "
                        "dikumpulkan, Untuk apa data dipakai, Hak Anda, dan Hubungi kami. Bagian "
                        "Hubungi kami ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Tulis permintaan yang jelas",
                    html=(
                        "<p>Tulis siapa Anda (cukup nama dan email atau nomor akun yang "
                        "terdaftar), data mana yang dimaksud, dan apa yang Anda minta: melihat, "
                        "memperbaiki, atau menghapus. Gunakan bahasa yang sopan.</p>"
                    ),
                    screen=Screen(
                        app="Email",
                        heading="Tulis email",
                        items=(
                            Field("Kepada", "privasi@contoh.id"),
                            Field("Perihal", "Permintaan hapus data"),
                            Field("Isi", "Dengan hormat, saya Siti Contoh..."),
                            Button("Kirim"),
                        ),
                        tap=3,
                        color="#1565c0",
                    ),
                    alt=(
                        "Layar tulis email. Kepada privasi@contoh.id, perihal Permintaan hapus "
                        "data, isi diawali Dengan hormat, saya Siti Contoh. Tombol Kirim ditandai "
                        "untuk diketuk."
                    ),
                ),
                Step(
                    title="Simpan bukti dan catat tanggalnya",
                    html=(
                        "<p>Simpan email yang sudah terkirim dan catat tanggal serta jamnya. Jika "
                        "tidak ada tanggapan, kirim pengingat yang sopan. Untuk instansi "
                        "pemerintah, Anda juga bisa mengadu lewat SP4N-LAPOR!.</p>"
                    ),
                    screen=Screen(
                        app="Email",
                        heading="Terkirim",
                        items=(
                            Notice("Email terkirim.", tone="success"),
                            Line("20/11/2026, 09.15 WITA (contoh)"),
                            Line("Simpan email ini sebagai bukti."),
                            Button("Selesai"),
                        ),
                        tap=3,
                        color="#1565c0",
                    ),
                    alt=(
                        "Layar email dengan kotak hijau Email terkirim, waktu contoh 20 November "
                        "2026 pukul 09.15 WITA, dan pengingat untuk menyimpan email sebagai bukti. "
                        "Tombol Selesai ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Callout(
            kind="safety",
            title="Jangan mengobral foto KTP",
            html=(
                "<p>Kirim data pribadi hanya lewat kontak resmi yang Anda cari sendiri, bukan "
                "dari tautan di pesan. Jika terpaksa mengirim foto KTP, tambahkan tulisan di atas "
                "foto, misalnya “Hanya untuk permintaan data ke layanan X, 20/11/2026”, agar "
                "sulit disalahgunakan.</p>"
            ),
        ),
        HAK_DATA,
        BATAS_WAKTU,
    ),
)

COURSE = Course(
    slug="etika-dan-hoaks",
    title="Etika Digital dan Melawan Hoaks",
    summary=(
        "Belajar mengenali hoaks, memeriksa informasi sebelum membagikannya, berkomunikasi "
        "dengan sopan, menghormati privasi orang lain, dan memahami hak atas data pribadi "
        "menurut UU PDP."
    ),
    outcomes=(
        "Mengenali ciri-ciri hoaks atau berita bohong.",
        "Memeriksa sumber, tanggal, media lain, dan keaslian foto sebelum membagikan informasi.",
        "Berkomunikasi dengan sopan di grup percakapan dan media sosial.",
        "Menghormati privasi orang lain, terutama anak-anak.",
        "Memahami dan memakai hak atas data pribadi menurut UU No. 27 Tahun 2022.",
    ),
    level="madya",
    pillar="etika",
    topic="etika",
    minutes=31,
    checked_on=date(2026, 11, 20),
    keywords=(
        "hoaks, berita bohong, cek fakta, saring sebelum sharing, etika, sopan santun, grup "
        "WhatsApp, media sosial, privasi, foto anak, data pribadi, UU PDP, UU 27 2022"
    ),
    cover=Cover(color="#6a1b9a", label="Etika", icon="chat"),
    modules=(
        Module(
            slug="melawan-hoaks",
            title="Mengenali dan Memeriksa Hoaks",
            lessons=(mengenali_hoaks, cek_sebelum_sebar),
        ),
        Module(
            slug="sopan-dan-privasi",
            title="Sopan, Privasi, dan Data Pribadi",
            lessons=(sopan_dan_privasi, hak_data_pribadi),
        ),
    ),
)
