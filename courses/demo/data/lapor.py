"""Menyampaikan pengaduan lewat SP4N-LAPOR! dan SMS 1708."""

from datetime import date

from courses.demo.spec import (
    AppSimulation,
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
    SimStep,
    Step,
    Steps,
    Text,
)

LAPOR = "SP4N-LAPOR!"
LAPOR_COLOR = "#b71c1c"

# --- Activities --------------------------------------------------------------------------------
JENIS_LAPORAN = Matching(
    title="Coba: tiga jenis laporan",
    question="Pasangkan setiap jenis laporan dengan kapan Anda memilihnya.",
    pairs=(
        Pair("Pengaduan", "Ada masalah yang merugikan Anda atau warga lain."),
        Pair("Aspirasi", "Anda punya usul atau saran."),
        Pair("Permintaan informasi", "Anda ingin bertanya tentang suatu layanan."),
    ),
)

ADUAN_YANG_BAIK = MultipleChoice(
    title="Latihan: aduan yang jelas dan sopan",
    question=(
        "Anda ingin melaporkan lampu jalan yang mati. Mana saja yang membuat aduan Anda jelas "
        "dan sopan? Pilih semua yang benar."
    ),
    multiple_answers=True,
    options=(
        Choice(
            "Menyebut lokasi lengkap: jalan, RT, kelurahan, dan patokan.",
            correct=True,
            feedback="Benar. Petugas tidak berada di tempat; lokasi yang lengkap membantu mereka.",
        ),
        Choice(
            "Menulis sejak kapan lampu mati.",
            correct=True,
            feedback="Benar. Tanggal kejadian membantu petugas memahami masalahnya.",
        ),
        Choice(
            "Melampirkan foto yang jelas.",
            correct=True,
            feedback="Benar. Foto adalah bukti, asal tidak memperlihatkan data pribadi orang lain.",
        ),
        Choice(
            "Menulis dengan huruf kapital semua agar cepat dibaca.",
            feedback=(
                "Belum tepat. Huruf kapital semua terkesan berteriak. Aduan yang sopan lebih mudah "
                "diterima."
            ),
        ),
        Choice(
            "Menuduh bahwa uang perbaikannya pasti dikorupsi.",
            feedback="Belum tepat. Tulis fakta yang Anda lihat sendiri, bukan dugaan.",
        ),
    ),
)

SIMULASI_LAPOR = AppSimulation(
    title="Simulasi: mengirim pengaduan",
    app_name="SP4N-LAPOR! (contoh)",
    intro=(
        "Coba kirim pengaduan tentang lampu jalan yang mati di layar tiruan ini. Ketuk bagian "
        "layar yang benar, atau ketik bila diminta. Semua data di sini hanya contoh."
    ),
    steps=(
        SimStep(
            screen=Screen(
                app=LAPOR,
                heading="Beranda",
                items=(
                    Line("Sampaikan laporan Anda kepada instansi pemerintah."),
                    Button("Tulis Laporan"),
                    Row("Laporan Saya", "Pantau laporan yang sudah dikirim"),
                    Row("Bantuan"),
                ),
                tap=1,
                color=LAPOR_COLOR,
            ),
            alt=(
                "Beranda SP4N-LAPOR!. Tulisan: sampaikan laporan Anda kepada instansi pemerintah. "
                "Di bawahnya tombol Tulis Laporan, lalu baris Laporan Saya untuk memantau laporan "
                "yang sudah dikirim, dan baris Bantuan."
            ),
            instruction="Anda sudah masuk ke akun Anda. Buka formulir untuk membuat laporan baru.",
            hint="Cari tombol untuk menulis laporan baru, bukan daftar laporan lama.",
            success="Benar. Formulir laporan terbuka.",
        ),
        SimStep(
            screen=Screen(
                app=LAPOR,
                heading="Sampaikan Laporan",
                items=(
                    Line("Pilih klasifikasi laporan:", bold=True),
                    Row("Aspirasi"),
                    Row("Permintaan Informasi"),
                    Row("Pengaduan"),
                ),
                tap=3,
                color=LAPOR_COLOR,
            ),
            alt=(
                "Layar Sampaikan Laporan dengan tulisan pilih klasifikasi laporan dan tiga "
                "pilihan: Aspirasi, Permintaan Informasi, dan Pengaduan."
            ),
            instruction="Lampu jalan yang mati adalah masalah. Pilih klasifikasi yang tepat.",
            hint="Masalah yang merugikan warga dilaporkan sebagai pengaduan.",
            success="Tepat. Pengaduan untuk masalah; aspirasi untuk usul atau saran.",
        ),
        SimStep(
            screen=Screen(
                app=LAPOR,
                heading="Pengaduan",
                items=(
                    Field("Judul laporan"),
                    Field("Isi laporan"),
                    Button("Lanjut"),
                ),
                tap=0,
                color=LAPOR_COLOR,
            ),
            alt=(
                "Formulir pengaduan dengan kotak Judul laporan dan kotak Isi laporan, keduanya "
                "masih kosong. Di bawahnya tombol Lanjut."
            ),
            instruction="Ketik judul laporan yang singkat: Lampu jalan mati 2 minggu",
            hint="Ketik persis: Lampu jalan mati 2 minggu",
            success="Judul terisi. Judul yang singkat langsung memberi tahu masalahnya.",
            answers=("Lampu jalan mati 2 minggu", "Lampu jalan mati dua minggu"),
        ),
        SimStep(
            screen=Screen(
                app=LAPOR,
                heading="Pengaduan",
                items=(
                    Field("Isi laporan", "Dua lampu jalan di Jl. Contoh..."),
                    Field("Tanggal kejadian", "03/11/2026"),
                    Field("Lokasi kejadian"),
                    Button("Lanjut"),
                ),
                tap=2,
                color=LAPOR_COLOR,
            ),
            alt=(
                "Formulir pengaduan. Kotak Isi laporan berisi awal kalimat tentang dua lampu jalan "
                "di Jl. Contoh. Kotak Tanggal kejadian berisi 03/11/2026. Kotak Lokasi kejadian "
                "masih kosong. Di bawahnya tombol Lanjut."
            ),
            instruction=(
                "Anda sudah menulis isi laporan dan tanggalnya. Periksa formulirnya: satu kotak "
                "masih kosong. Ketuk kotak itu untuk mengisinya."
            ),
            hint="Cari kotak yang belum berisi tulisan. Petugas perlu tahu di mana masalahnya.",
            success=(
                "Tepat. Tulis lokasi selengkap mungkin: jalan, RT, kelurahan, dan patokan yang "
                "mudah dikenali."
            ),
        ),
        SimStep(
            screen=Screen(
                app=LAPOR,
                heading="Instansi Tujuan",
                items=(
                    Field("Cari instansi", "Balikpapan"),
                    Row("Pemerintah Kota Balikpapan", "Pemerintah daerah"),
                    Row("BPJS Kesehatan", "Lembaga pusat"),
                    Row("Kementerian Kesehatan", "Kementerian"),
                ),
                tap=1,
                color=LAPOR_COLOR,
            ),
            alt=(
                "Layar Instansi Tujuan. Kotak pencarian berisi Balikpapan. Hasilnya tiga baris: "
                "Pemerintah Kota Balikpapan, pemerintah daerah; BPJS Kesehatan, lembaga pusat; dan "
                "Kementerian Kesehatan, kementerian."
            ),
            instruction="Pilih instansi tujuan untuk lampu jalan kota yang mati.",
            hint=(
                "Masalah di lingkungan kota biasanya ditujukan kepada pemerintah kota. Cari nama "
                "kota Anda."
            ),
            success=(
                "Tepat. Jika ragu, pilih yang paling mendekati: petugas bisa meneruskan laporan ke "
                "instansi yang berwenang."
            ),
        ),
        SimStep(
            screen=Screen(
                app=LAPOR,
                heading="Periksa Laporan",
                items=(
                    Line("Judul: Lampu jalan mati 2 minggu"),
                    Line("Tanggal: 03/11/2026"),
                    Line("Lokasi: Jl. Contoh No. 1, Balikpapan"),
                    Line("Instansi: Pemerintah Kota Balikpapan"),
                    Button("Ubah", primary=False),
                    Button("LAPOR!"),
                ),
                tap=5,
                color=LAPOR_COLOR,
            ),
            alt=(
                "Layar Periksa Laporan berisi ringkasan: judul Lampu jalan mati 2 minggu, tanggal "
                "03/11/2026, lokasi Jl. Contoh No. 1 Balikpapan, dan instansi Pemerintah Kota "
                "Balikpapan. Di bawahnya tombol Ubah dan tombol LAPOR!."
            ),
            instruction="Semua sudah Anda periksa dan benar. Kirim laporan Anda.",
            hint="Tombol kirim di situs resmi bertuliskan LAPOR!.",
            success=(
                "Laporan terkirim! Catat nomor laporan yang muncul untuk memantau laporan Anda."
            ),
        ),
    ),
)

NOMOR_SMS = FillBlank(
    title="Latihan: melapor tanpa internet",
    question="Lengkapi kalimat berikut.",
    text="Tidak punya kuota internet? Kirim aduan lewat SMS biasa ke nomor ___.",
    blanks=(
        Blank(
            answers=("1708",),
            label="Nomor SMS SP4N-LAPOR!",
            feedback="Nomornya 1708. Ketik lewat aplikasi SMS, bukan WhatsApp.",
        ),
    ),
)


apa_itu_lapor = Lesson(
    slug="mengenal-sp4n-lapor",
    title="Mengenal SP4N-LAPOR!",
    intro=(
        "Jalan berlubang, lampu jalan mati, atau layanan kantor yang berbelit? Anda bisa "
        "menyampaikannya langsung ke pemerintah lewat satu pintu: SP4N-LAPOR!."
    ),
    minutes=5,
    body=(
        Text(
            html=(
                "<p><b>SP4N-LAPOR!</b> adalah saluran pengaduan pelayanan publik milik pemerintah. "
                "Lewat saluran ini, warga bisa menyampaikan keluhan, saran, atau pertanyaan kepada "
                "instansi pemerintah, baik pusat maupun daerah. Laporan Anda dicatat, diperiksa "
                "oleh petugas, lalu diteruskan ke instansi yang berwenang untuk "
                "ditindaklanjuti.</p><p>Yang menyenangkan: Anda tidak perlu datang ke kantor, "
                "tidak perlu antre, dan bisa memantau sendiri sampai di mana laporan Anda "
                "diproses.</p><h2>Mengapa melapor itu penting?</h2>"
                "<p>Pemerintah tidak selalu tahu ada masalah di gang rumah Anda. Satu laporan yang "
                "jelas bisa membantu banyak tetangga. Melapor lewat saluran resmi juga lebih baik "
                "daripada sekadar mengeluh di media sosial: laporan Anda tercatat, ada yang wajib "
                "menanggapinya, dan Anda bisa melihat hasilnya.</p>"
                "<h2>Apa saja yang bisa dilaporkan?</h2>"
                "<p>Semua hal yang berkaitan dengan <b>pelayanan publik</b>, misalnya:</p>"
                "<ul>"
                "<li>jalan atau jembatan rusak, saluran air tersumbat, lampu jalan mati;</li>"
                "<li>pelayanan kantor pemerintah yang lambat, tidak jelas, atau tidak ramah;</li>"
                "<li>pungutan liar, yaitu dimintai uang untuk layanan yang seharusnya gratis;</li>"
                "<li>layanan kesehatan, sekolah, air bersih, atau listrik yang bermasalah;</li>"
                "<li>usulan atau saran untuk perbaikan layanan di lingkungan Anda.</li>"
                "</ul>"
                "<h2>Tiga jenis laporan</h2>"
                "<p>Saat mengisi laporan, biasanya Anda diminta memilih salah satu jenis:</p>"
                "<ul>"
                "<li><b>Pengaduan</b>: ada masalah yang merugikan Anda atau warga lain.</li>"
                "<li><b>Aspirasi</b>: Anda punya usul atau saran.</li>"
                "<li><b>Permintaan informasi</b>: Anda ingin bertanya tentang suatu layanan.</li>"
                "</ul>"
                "<p>Nama dan pilihan di layar bisa berubah sewaktu-waktu. Jika tampilannya berbeda "
                "dengan pelajaran ini, ikuti petunjuk di situs atau aplikasi resminya.</p>"
                "<h2>Lewat mana saya bisa melapor?</h2>"
                "<ul>"
                "<li><b>Situs resmi</b> <b>lapor.go.id</b>, yang bisa dibuka dari peramban "
                "(browser) di HP atau komputer.</li>"
                "<li><b>Aplikasi SP4N-LAPOR!</b> di HP. Pasang hanya dari toko aplikasi resmi, "
                "dan periksa bahwa penerbitnya adalah lembaga pemerintah.</li>"
                "<li><b>SMS ke 1708</b>, cocok jika HP Anda tidak punya internet. Caranya dibahas "
                "di pelajaran terakhir.</li>"
                "</ul>"
                "<h2>Apa yang terjadi setelah Anda melapor?</h2>"
                "<p>Laporan Anda diperiksa dulu oleh petugas. Jika sudah jelas, laporan diteruskan "
                "ke instansi yang mengurus masalah itu, misalnya dinas di pemerintah kota. "
                "Instansi lalu memberi tanggapan yang bisa Anda baca. Anda juga bisa membalas "
                "tanggapan itu. Semua ini akan kita pelajari satu per satu.</p>"
            )
        ),
        Figure(
            screen=Screen(
                app=LAPOR,
                heading="Cara Melapor",
                items=(
                    Line("Pilih salah satu saluran resmi:", bold=True),
                    Row("Situs web", "lapor.go.id"),
                    Row("Aplikasi HP", "Dari toko aplikasi resmi"),
                    Row("SMS", "Kirim ke 1708"),
                ),
                color=LAPOR_COLOR,
            ),
            alt=(
                "Gambar layar berjudul Cara Melapor dengan tiga saluran resmi: situs web "
                "lapor.go.id, aplikasi HP dari toko aplikasi resmi, dan SMS ke 1708."
            ),
            caption="Tiga saluran resmi SP4N-LAPOR!. Pilih yang paling mudah bagi Anda.",
        ),
        Callout(
            kind="warning",
            title="Keadaan darurat? Jangan tunggu laporan online",
            html=(
                "<p>SP4N-LAPOR! bukan untuk keadaan darurat. Jika ada kebakaran, kecelakaan, atau "
                "kejahatan yang sedang terjadi, segera hubungi nomor darurat, misalnya <b>112</b>, "
                "atau polisi di <b>110</b>.</p>"
            ),
        ),
        Callout(
            kind="safety",
            title="Melapor itu gratis",
            html=(
                "<p>Menyampaikan laporan tidak dipungut biaya. Petugas SP4N-LAPOR! tidak akan "
                "meminta uang, kode OTP, PIN, atau kata sandi Anda. Jika ada yang mengaku petugas "
                "dan meminta hal itu, ia penipu.</p>"
            ),
        ),
        JENIS_LAPORAN,
    ),
)

menulis_aduan = Lesson(
    slug="menulis-aduan-yang-baik",
    title="Menulis Aduan yang Jelas dan Sopan",
    intro=(
        "Aduan yang jelas lebih cepat dipahami dan ditindaklanjuti. Mari belajar menulis aduan "
        "yang lengkap, sopan, dan berdasarkan fakta."
    ),
    minutes=6,
    body=(
        Text(
            html=(
                "<p>Petugas yang membaca laporan Anda tidak berada di tempat kejadian. Mereka "
                "hanya tahu apa yang Anda tulis. Karena itu, tulislah seolah-olah Anda menjelaskan "
                "kepada orang yang belum pernah datang ke lokasi.</p>"
                "<h2>Jawab pertanyaan-pertanyaan ini</h2>"
                "<ul>"
                "<li><b>Apa</b> masalahnya? Contoh: lampu jalan mati.</li>"
                "<li><b>Di mana</b> tepatnya? Nama jalan, RT, kelurahan, kecamatan, dan patokan "
                "yang mudah dikenali, misalnya “depan masjid” atau “dekat "
                "pertigaan”.</li>"
                "<li><b>Kapan</b> terjadi atau mulai terjadi? Tulis tanggal, dan jam jika "
                "penting.</li>"
                "<li><b>Bagaimana</b> dampaknya? Misalnya jalan gelap dan warga takut lewat pada "
                "malam hari.</li>"
                "<li><b>Apa yang sudah Anda lakukan?</b> Misalnya sudah melapor ke ketua RT.</li>"
                "<li><b>Apa harapan Anda?</b> Misalnya lampu segera diperbaiki.</li>"
                "</ul>"
                "<h2>Tulis fakta, bukan dugaan</h2>"
                "<p>Ceritakan apa yang Anda lihat, dengar, atau alami sendiri. Hindari tuduhan "
                "yang belum pasti, misalnya “pasti uangnya dikorupsi”. Cukup tulis "
                "faktanya: “Perbaikan dijanjikan bulan Agustus, sampai hari ini belum "
                "dikerjakan.”</p>"
                "<h2>Tetap sopan</h2>"
                "<p>Wajar jika Anda kesal. Namun aduan yang sopan lebih mudah diterima. Hindari "
                "kata-kata kasar, huruf kapital semua (terkesan berteriak), dan jangan menyinggung "
                "suku, agama, ras, atau golongan. Jangan menyebut nama atau menyebarkan data "
                "pribadi orang lain, seperti NIK atau nomor HP, di dalam aduan.</p>"
                "<h2>Satu aduan untuk satu masalah</h2>"
                "<p>Jika ada dua masalah di dua tempat, buat dua laporan. Dengan begitu, setiap "
                "laporan bisa diteruskan ke instansi yang tepat.</p>"
                "<h2>Contoh: sebelum dan sesudah</h2>"
                "<p><b>Kurang jelas:</b> <i>“LAMPU MATI!!! Pemerintah tidak peduli sama "
                "sekali!!!”</i></p>"
                "<p><b>Jelas dan sopan:</b> <i>“Selamat siang. Saya ingin melaporkan dua "
                "lampu jalan yang mati di Jl. Contoh, RT 01, Kelurahan Contoh, depan Masjid "
                "Contoh, sejak 3 November 2026. Jalan menjadi gelap pada malam hari dan warga "
                "khawatir akan keselamatan. Kami sudah menyampaikan ke ketua RT pada 5 November. "
                "Mohon lampu dapat segera diperbaiki. Foto terlampir. Terima kasih.”</i></p>"
                "<h2>Siapkan bukti</h2>"
                "<ul>"
                "<li>Foto yang jelas dan terang. Ambil satu foto dari dekat dan satu dari jauh "
                "agar lokasinya terlihat.</li>"
                "<li>Dokumen pendukung, misalnya bukti pembayaran atau tanda terima.</li>"
                "<li>Tangkapan layar jika masalahnya terjadi di aplikasi atau situs.</li>"
                "<li>Tutupi data pribadi (NIK, nomor rekening, wajah anak-anak) sebelum "
                "mengunggah.</li>"
                "</ul>"
            )
        ),
        Callout(
            kind="tip",
            title="Tulis dulu di catatan HP",
            html=(
                "<p>Tulis aduan di aplikasi catatan terlebih dahulu, baca ulang, lalu salin ke "
                "formulir. Jika sinyal terputus, tulisan Anda tidak hilang.</p>"
            ),
        ),
        Document(
            title="Daftar periksa sebelum mengirim aduan",
            description=(
                "Satu halaman untuk dicetak atau disimpan di HP. Centang setiap baris sebelum "
                "menekan tombol kirim."
            ),
            filename="daftar-periksa-aduan.pdf",
            heading="Sebelum Mengirim Aduan ke SP4N-LAPOR!",
            lines=(
                "Judul singkat: apa masalahnya dan di mana",
                "Apa yang terjadi, ditulis urut dan apa adanya",
                "Tanggal (dan jam) kejadian",
                "Lokasi lengkap: jalan, RT, kelurahan, patokan",
                "Satu aduan untuk satu masalah",
                "Bahasa sopan, tanpa makian atau tuduhan",
                "Tidak ada data pribadi orang lain",
                "Bukti: foto jelas, dokumen, atau tangkapan layar",
                "Harapan: apa yang ingin diperbaiki",
                "Anonim atau rahasia, bila perlu",
                "Catat nomor laporan setelah terkirim",
                "Jangan pernah memberi OTP, PIN, atau uang",
            ),
        ),
        ADUAN_YANG_BAIK,
    ),
)

mengirim_laporan = Lesson(
    slug="mengirim-laporan",
    title="Mengirim Laporan Langkah demi Langkah",
    intro=(
        "Aduan sudah siap? Sekarang kita isi formulir SP4N-LAPOR! bersama-sama, dari judul sampai "
        "tombol kirim. Semua data di gambar hanyalah contoh."
    ),
    minutes=10,
    body=(
        Text(
            html=(
                "<p>Langkah di bawah ini mengikuti urutan formulir SP4N-LAPOR!. Tampilan situs dan "
                "aplikasi bisa sedikit berbeda dan dapat berubah. Jika ada yang tidak sama, cari "
                "kolom dengan nama yang mirip atau baca bantuan di situs resminya.</p>"
            )
        ),
        Steps(
            title="Mengisi dan mengirim laporan",
            steps=(
                Step(
                    title="Buka situs resmi dan masuk",
                    html=(
                        "<p>Buka peramban di HP, lalu ketik alamat <b>lapor.go.id</b>. Periksa "
                        "alamatnya dengan teliti: situs pemerintah berakhiran <b>.go.id</b>. "
                        "Jika diminta masuk, isi email atau nomor HP dan kata sandi Anda. Belum "
                        "punya akun? Pilih daftar akun baru dan ikuti petunjuknya.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Masuk",
                        items=(
                            Field("Email atau nomor HP", "siti.contoh@contoh.id"),
                            Field("Kata sandi", "••••••••"),
                            Button("Masuk"),
                            Button("Daftar akun baru", primary=False),
                        ),
                        tap=2,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar masuk SP4N-LAPOR! dengan kolom email berisi siti.contoh@contoh.id "
                        "dan kolom kata sandi yang tersamarkan. Tombol Masuk ditandai untuk "
                        "diketuk. Di bawahnya ada tombol Daftar akun baru."
                    ),
                ),
                Step(
                    title="Pilih jenis laporan",
                    html=(
                        "<p>Pilih <b>Pengaduan</b> jika Anda melaporkan masalah. Pilih "
                        "<b>Aspirasi</b> untuk usul atau saran, dan <b>Permintaan Informasi</b> "
                        "untuk bertanya.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Sampaikan Laporan",
                        items=(
                            Line("Pilih klasifikasi laporan:", bold=True),
                            Row("Pengaduan"),
                            Row("Aspirasi"),
                            Row("Permintaan Informasi"),
                        ),
                        tap=1,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Sampaikan Laporan dengan tulisan Pilih klasifikasi laporan dan tiga "
                        "pilihan: Pengaduan, Aspirasi, dan Permintaan Informasi. Pilihan Pengaduan "
                        "ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Tulis judul dan isi laporan",
                    html=(
                        "<p>Isi <b>judul</b> dengan kalimat singkat tentang masalahnya. Lalu tulis "
                        "<b>isi laporan</b>: apa yang terjadi, dampaknya, dan harapan Anda. Anda "
                        "bisa menempelkan tulisan yang sudah disiapkan di catatan HP.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Pengaduan",
                        items=(
                            Field("Judul laporan", "Lampu jalan mati 2 minggu"),
                            Field("Isi laporan", "Dua lampu jalan di Jl. Contoh..."),
                            Line("Tulis apa yang terjadi secara urut."),
                            Button("Lanjut"),
                        ),
                        tap=1,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Formulir pengaduan. Kolom Judul laporan berisi Lampu jalan mati 2 minggu. "
                        "Kolom Isi laporan ditandai untuk diketuk, berisi awal kalimat Dua lampu "
                        "jalan di Jl. Contoh. Di bawahnya ada petunjuk dan tombol Lanjut."
                    ),
                ),
                Step(
                    title="Isi tanggal dan lokasi kejadian",
                    html=(
                        "<p>Pilih <b>tanggal kejadian</b> dari kalender. Pada kolom "
                        "<b>lokasi</b>, tulis alamat selengkap mungkin: jalan, RT, kelurahan, dan "
                        "kecamatan di Balikpapan.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Waktu dan Tempat",
                        items=(
                            Field("Tanggal kejadian", "03/11/2026"),
                            Field("Lokasi kejadian", "Jl. Contoh No. 1, Balikpapan"),
                            Line("Tambahkan patokan: depan masjid."),
                            Button("Lanjut"),
                        ),
                        tap=1,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Waktu dan Tempat. Kolom Tanggal kejadian berisi 03/11/2026. Kolom "
                        "Lokasi kejadian berisi Jl. Contoh No. 1, Balikpapan dan ditandai untuk "
                        "diketuk. Ada saran menambahkan patokan dan tombol Lanjut."
                    ),
                ),
                Step(
                    title="Pilih instansi tujuan dan kategori",
                    html=(
                        "<p>Ketik nama <b>instansi tujuan</b>, lalu pilih dari daftar yang muncul. "
                        "Untuk masalah di lingkungan kota, biasanya tujuannya pemerintah kota. "
                        "Pilih juga <b>kategori</b> yang paling cocok. Jika ragu, pilih yang "
                        "paling mendekati: petugas akan memeriksa laporan dan bisa meneruskannya "
                        "ke instansi yang berwenang.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Tujuan Laporan",
                        items=(
                            Field("Instansi tujuan", "Pemerintah Kota (contoh)"),
                            Field("Kategori", "Infrastruktur (contoh)"),
                            Line("Ragu? Pilih yang paling mendekati."),
                            Button("Lanjut"),
                        ),
                        tap=0,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Tujuan Laporan. Kolom Instansi tujuan, berisi contoh Pemerintah "
                        "Kota, ditandai untuk diketuk. Di bawahnya kolom Kategori berisi contoh "
                        "Infrastruktur, petunjuk untuk memilih yang paling mendekati, dan tombol "
                        "Lanjut."
                    ),
                ),
                Step(
                    title="Lampirkan bukti",
                    html=(
                        "<p>Ketuk <b>Unggah lampiran</b>, lalu pilih foto atau dokumen dari galeri "
                        "HP. Pastikan foto jelas dan tidak memperlihatkan data pribadi orang lain. "
                        "Ukuran file yang boleh diunggah terbatas; jika gagal, coba foto dengan "
                        "ukuran lebih kecil.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Lampiran",
                        items=(
                            Line("Foto atau dokumen pendukung"),
                            Row("foto_lampu_jalan.jpg", "1,2 MB"),
                            Button("Unggah lampiran", primary=False),
                            Button("Lanjut"),
                        ),
                        tap=2,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Lampiran. Sudah ada satu file, foto_lampu_jalan.jpg berukuran 1,2 "
                        "MB. Tombol Unggah lampiran ditandai untuk diketuk. Di bawahnya tombol "
                        "Lanjut."
                    ),
                ),
                Step(
                    title="Pilih anonim atau rahasia, jika perlu",
                    html=(
                        "<p>Langkah ini boleh dilewati. Pilih <b>Anonim</b> jika Anda tidak ingin "
                        "nama Anda ditampilkan. Pilih <b>Rahasia</b> jika isi laporan tidak boleh "
                        "dilihat masyarakat umum. Ingat, jika memilih anonim, instansi mungkin "
                        "lebih sulit meminta keterangan tambahan dari Anda.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Privasi Laporan",
                        items=(
                            Row("Anonim", "Nama tidak ditampilkan"),
                            Row("Rahasia", "Tidak tampil ke publik"),
                            Notice("Boleh dilewati jika tidak perlu."),
                            Button("Lanjut"),
                        ),
                        tap=1,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Privasi Laporan dengan dua pilihan: Anonim, nama tidak ditampilkan; "
                        "dan Rahasia, tidak tampil ke publik. Sebagai contoh, pilihan Rahasia "
                        "ditandai untuk diketuk. Kotak keterangan menyebut langkah ini boleh "
                        "dilewati. Di bawahnya tombol Lanjut."
                    ),
                ),
                Step(
                    title="Periksa lagi, lalu kirim",
                    html=(
                        "<p>Baca ulang semuanya. Apakah judul, tanggal, dan lokasinya sudah benar? "
                        "Apakah bahasanya sopan? Jika sudah, ketuk tombol kirim, yang di situs "
                        "resminya bertuliskan <b>LAPOR!</b>.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Periksa Laporan",
                        items=(
                            Line("Judul: Lampu jalan mati 2 minggu"),
                            Line("Tanggal: 03/11/2026"),
                            Line("Lokasi: Jl. Contoh No. 1, Balikpapan"),
                            Line("Lampiran: 1 foto"),
                            Button("LAPOR!"),
                        ),
                        tap=4,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Periksa Laporan berisi ringkasan: judul Lampu jalan mati 2 minggu, "
                        "tanggal 03/11/2026, lokasi Jl. Contoh No. 1 Balikpapan, dan satu foto "
                        "lampiran. Tombol LAPOR! di bawah ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Catat nomor laporan",
                    html=(
                        "<p>Setelah terkirim, Anda akan melihat pemberitahuan berhasil dan "
                        "<b>nomor laporan</b>. Catat atau foto layar ini. Nomor itu berguna "
                        "untuk menanyakan laporan Anda nanti.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Laporan Terkirim",
                        items=(
                            Notice("Laporan Anda berhasil dikirim.", tone="success"),
                            Line("Nomor laporan: 0000001 (contoh)", bold=True),
                            Line("Simpan nomor ini untuk memantau."),
                            Button("Lihat laporan saya"),
                        ),
                        tap=3,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Laporan Terkirim dengan kotak hijau bertuliskan Laporan Anda "
                        "berhasil dikirim, nomor laporan contoh 0000001, dan saran menyimpan nomor "
                        "itu. Tombol Lihat laporan saya ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Callout(
            kind="safety",
            title="Hanya di situs dan aplikasi resmi",
            html=(
                "<p>Kirim laporan hanya lewat <b>lapor.go.id</b>, aplikasi resminya, atau SMS ke "
                "<b>1708</b>. Jangan mengisi formulir dari tautan yang dikirim orang tak dikenal. "
                "Jangan menulis NIK, nomor rekening, atau PIN di isi laporan: data itu tidak "
                "diperlukan untuk menjelaskan masalah.</p>"
            ),
        ),
        SIMULASI_LAPOR,
    ),
    completion="passed",
)

memantau_dan_sms = Lesson(
    slug="memantau-dan-sms-1708",
    title="Memantau Laporan dan Melapor lewat SMS 1708",
    intro=(
        "Laporan sudah terkirim. Sekarang pelajari cara memantau jawabannya, menanggapinya "
        "dengan baik, dan cara melapor lewat SMS jika tidak ada internet."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<p>Setelah dikirim, laporan Anda tidak langsung selesai. Laporan itu melewati "
                "beberapa tahap. Nama tahapnya bisa berbeda di layar, tetapi urutannya kurang "
                "lebih seperti ini:</p>"
                "<ol>"
                "<li><b>Diperiksa</b> oleh petugas: apakah laporannya jelas dan lengkap.</li>"
                "<li><b>Diteruskan</b> ke instansi yang berwenang.</li>"
                "<li><b>Ditanggapi</b> oleh instansi: mereka menjelaskan apa yang akan atau sudah "
                "dilakukan.</li>"
                "<li><b>Selesai</b>: laporan ditutup.</li>"
                "</ol>"
                "<p>Jika laporan Anda kurang jelas, petugas bisa meminta keterangan tambahan. "
                "Karena itu, rajinlah membuka laporan Anda atau memeriksa pemberitahuan.</p>"
                "<h3>Jika lama belum ada kabar</h3>"
                "<ul>"
                "<li>Periksa dulu: apakah petugas meminta keterangan tambahan yang belum Anda "
                "jawab?</li>"
                "<li>Tambahkan komentar yang sopan di laporan yang sama, misalnya menanyakan "
                "perkembangannya.</li>"
                "<li>Jangan mengirim laporan yang sama berkali-kali. Laporan ganda justru bisa "
                "memperlambat pemeriksaan.</li>"
                "</ul>"
            )
        ),
        Steps(
            title="Memantau dan menanggapi laporan",
            steps=(
                Step(
                    title="Buka daftar laporan Anda",
                    html=(
                        "<p>Masuk ke akun Anda, lalu buka menu laporan milik Anda. Setiap laporan "
                        "tampil bersama statusnya. Ketuk laporan yang ingin dilihat.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Laporan Saya",
                        items=(
                            Row("Lampu jalan mati 2 minggu", "Ditanggapi"),
                            Row("Saluran air tersumbat", "Selesai"),
                            Row("Trotoar berlubang", "Diperiksa"),
                        ),
                        tap=0,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Laporan Saya berisi tiga laporan contoh beserta statusnya: Lampu "
                        "jalan mati 2 minggu, Ditanggapi; Saluran air tersumbat, Selesai; Trotoar "
                        "berlubang, Diperiksa. Laporan pertama ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Baca tanggapan dan balas dengan sopan",
                    html=(
                        "<p>Baca tanggapan instansi dengan tenang. Jika ada pertanyaan, jawab "
                        "dengan jelas. Jika masalah belum beres padahal sudah dinyatakan selesai, "
                        "tulis komentar yang sopan dan lampirkan foto terbaru.</p>"
                    ),
                    screen=Screen(
                        app=LAPOR,
                        heading="Detail Laporan",
                        items=(
                            Line("Status: Ditanggapi", bold=True),
                            Notice("Instansi: Lampu dijadwalkan diganti pekan ini."),
                            Field("Tulis komentar", "Terima kasih, akan saya pantau."),
                            Button("Kirim komentar"),
                        ),
                        tap=3,
                        color=LAPOR_COLOR,
                    ),
                    alt=(
                        "Layar Detail Laporan dengan status Ditanggapi. Kotak tanggapan instansi "
                        "berbunyi Lampu dijadwalkan diganti pekan ini. Kolom komentar berisi "
                        "Terima kasih, akan saya pantau. Tombol Kirim komentar ditandai untuk "
                        "diketuk."
                    ),
                ),
            ),
        ),
        Text(
            html=(
                "<h2>Melapor lewat SMS ke 1708</h2>"
                "<p>Tidak punya kuota internet? Anda tetap bisa melapor lewat SMS biasa ke nomor "
                "<b>1708</b>. Isinya sama dengan aduan di situs: apa masalahnya, di mana, sejak "
                "kapan, dan apa harapan Anda. Karena SMS tidak bisa membawa foto, tulis lokasinya "
                "sejelas mungkin.</p>"
                "<p>Tips menulis aduan lewat SMS:</p>"
                "<ul>"
                "<li>Awali dengan inti masalah, misalnya “Lampu jalan mati”.</li>"
                "<li>Sebutkan lokasi lengkap: jalan, RT, kelurahan, kecamatan, dan kota "
                "Balikpapan.</li>"
                "<li>Sebutkan tanggal mulai terjadi.</li>"
                "<li>Tutup dengan harapan Anda dan ucapan terima kasih.</li>"
                "</ul>"
                "<p>Biaya SMS mengikuti tarif operator Anda. Pesan yang panjang bisa terbagi "
                "menjadi beberapa SMS. Jika ada petunjuk format pesan yang baru, ikuti petunjuk di "
                "situs resmi lapor.go.id.</p>"
            )
        ),
        Steps(
            title="Mengirim aduan lewat SMS",
            steps=(
                Step(
                    title="Tulis pesan ke 1708",
                    html=(
                        "<p>Buka aplikasi SMS (bukan WhatsApp), buat pesan baru, dan isi nomor "
                        "tujuan <b>1708</b>. Tulis aduan Anda dengan singkat tetapi lengkap.</p>"
                    ),
                    screen=Screen(
                        app="Pesan",
                        heading="Pesan baru",
                        items=(
                            Field("Ke", "1708"),
                            Field("Pesan", "Lampu jalan mati di Jl. Contoh..."),
                            Line("Sebutkan: apa, di mana, sejak kapan."),
                            Button("Kirim"),
                        ),
                        tap=1,
                        color="#455a64",
                    ),
                    alt=(
                        "Layar pesan baru di aplikasi SMS. Kolom Ke berisi 1708. Kolom Pesan "
                        "ditandai untuk diketuk, berisi awal kalimat Lampu jalan mati di Jl. "
                        "Contoh. Ada pengingat untuk menyebut apa, di mana, dan sejak kapan, lalu "
                        "tombol Kirim."
                    ),
                ),
                Step(
                    title="Kirim dan simpan balasannya",
                    html=(
                        "<p>Baca ulang pesan Anda, lalu ketuk <b>Kirim</b>. Simpan setiap SMS "
                        "balasan yang Anda terima dan jangan menghapusnya: isinya bisa berguna "
                        "untuk memantau laporan.</p>"
                    ),
                    screen=Screen(
                        app="Pesan",
                        heading="1708",
                        items=(
                            Line("Lampu jalan di Jl. Contoh No. 1, RT 01,"),
                            Line("Kel. Contoh, mati sejak 3 Nov 2026."),
                            Line("Mohon diperbaiki. Terima kasih."),
                            Button("Kirim"),
                        ),
                        tap=3,
                        color="#455a64",
                    ),
                    alt=(
                        "Percakapan SMS ke 1708 berisi contoh aduan: lampu jalan di Jl. Contoh No. "
                        "1, RT 01, Kelurahan Contoh, mati sejak 3 November 2026, mohon diperbaiki, "
                        "terima kasih. Tombol Kirim ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Callout(
            kind="safety",
            title="Waspadai balasan palsu",
            html=(
                "<p>Jika setelah melapor ada orang yang menelepon atau mengirim pesan, meminta "
                "uang agar laporan “dipercepat”, atau meminta kode OTP, jangan "
                "dilayani. Itu penipuan. Pantau laporan hanya lewat situs atau aplikasi "
                "resmi.</p>"
            ),
        ),
        NOMOR_SMS,
    ),
)

COURSE = Course(
    slug="lapor-pengaduan",
    title="Menyampaikan Pengaduan lewat SP4N-LAPOR!",
    summary=(
        "Belajar menulis aduan yang jelas dan sopan, mengirimkannya ke pemerintah lewat "
        "SP4N-LAPOR! atau SMS 1708, lalu memantau tindak lanjutnya."
    ),
    outcomes=(
        "Menulis aduan yang jelas, sopan, dan berdasarkan fakta.",
        "Mengisi laporan di SP4N-LAPOR!: judul, isi, tanggal, lokasi, instansi, dan kategori.",
        "Melampirkan bukti dan memilih laporan anonim atau rahasia bila perlu.",
        "Memantau tindak lanjut laporan dan menanggapi jawaban instansi.",
        "Mengirim aduan lewat SMS ke 1708 saat tidak ada internet.",
    ),
    level="madya",
    pillar="budaya",
    topic="pengaduan",
    minutes=28,
    checked_on=date(2026, 11, 20),
    keywords=(
        "lapor, pengaduan, aduan, keluhan, SP4N-LAPOR!, lapor.go.id, 1708, SMS, pelayanan publik, "
        "aspirasi, jalan rusak, lampu jalan, pungutan liar"
    ),
    cover=Cover(color=LAPOR_COLOR, label="LAPOR!", icon="megaphone"),
    modules=(
        Module(
            slug="menyiapkan-aduan",
            title="Menyiapkan Aduan yang Baik",
            lessons=(apa_itu_lapor, menulis_aduan),
        ),
        Module(
            slug="mengirim-dan-memantau",
            title="Mengirim dan Memantau Laporan",
            lessons=(mengirim_laporan, memantau_dan_sms),
        ),
    ),
)
