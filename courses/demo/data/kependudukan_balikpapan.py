"""Layanan kependudukan dan layanan kota daring di Balikpapan."""

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

# The screens are generic on purpose: they show how such a service works, not a named app.
DUKCAPIL = "Layanan Dukcapil (contoh)"
DUKCAPIL_COLOR = "#0b5cab"
DLH = "Aplikasi DLH (contoh)"
DLH_COLOR = "#2e7d32"

# --- Activities --------------------------------------------------------------------------------
DATANG_LANGSUNG = MultipleChoice(
    title="Coba: daring atau datang langsung?",
    question="Mana yang tetap harus dilakukan dengan datang langsung ke kantor layanan?",
    options=(
        Choice(
            "Perekaman e-KTP",
            correct=True,
            feedback=(
                "Benar. Saat perekaman, petugas mengambil foto wajah, sidik jari, tanda tangan, "
                "dan pindaian mata. Itu tidak bisa lewat HP."
            ),
        ),
        Choice(
            "Membuat akta kelahiran",
            feedback="Belum tepat. Akta kelahiran bisa diajukan daring dari HP.",
        ),
        Choice(
            "Mengubah isi Kartu Keluarga",
            feedback="Belum tepat. Perubahan KK bisa diajukan daring dari HP.",
        ),
        Choice(
            "Mengurus surat pindah alamat",
            feedback="Belum tepat. Pindah alamat bisa diajukan daring dari HP.",
        ),
    ),
)

URUTAN_PERMOHONAN = Ordering(
    title="Latihan: urutan permohonan daring",
    question="Urutkan langkah mengajukan dokumen kependudukan secara daring.",
    items=(
        "Masuk ke layanan daring Disdukcapil",
        "Pilih layanan yang dibutuhkan",
        "Isi data permohonan",
        "Unggah foto dokumen persyaratan",
        "Kirim dan catat nomor permohonan",
        "Pantau status permohonan",
    ),
)

LAPOR_DAN_WIFI = FillBlank(
    title="Latihan: laporan sampah dan internet gratis",
    question="Lengkapi kedua kalimat berikut.",
    text=(
        "Laporan sampah ke aplikasi DLH dilengkapi foto dan ___ kejadian. Untuk menghemat "
        "kuota, Anda bisa memakai ___ publik gratis, tetapi jangan membuka aplikasi bank di sana."
    ),
    blanks=(
        Blank(
            answers=("lokasi", "tempat", "alamat"),
            label="Kata yang melengkapi foto",
            feedback="Foto dan lokasi membantu petugas menemukan tempatnya dengan cepat.",
        ),
        Blank(
            answers=("Wi-Fi",),
            label="Nama jaringan internet gratis",
            feedback=(
                "Balikpapan memiliki ratusan titik Wi-Fi publik gratis. Pakai data seluler Anda "
                "sendiri untuk bank dan pembayaran."
            ),
        ),
    ),
)


dari_rumah = Lesson(
    slug="urus-dari-rumah",
    title="Dokumen Kependudukan yang Bisa Diurus dari Rumah",
    intro=(
        "Kartu keluarga, akta kelahiran, akta kematian, dan surat pindah kini bisa diajukan "
        "secara daring di Balikpapan. Mari kenali layanannya dan apa yang perlu disiapkan."
    ),
    minutes=6,
    body=(
        Text(
            html=(
                "<p>Dinas Kependudukan dan Pencatatan Sipil (<b>Disdukcapil</b>) Kota Balikpapan "
                "menyediakan layanan daring. Artinya, banyak dokumen bisa Anda ajukan dari HP, "
                "tanpa harus datang dan antre di kantor.</p>"
                "<h2>Dokumen yang bisa diajukan secara daring</h2>"
                "<ul>"
                "<li><b>Kartu Keluarga (KK)</b>: membuat KK baru atau mengubah isinya, misalnya "
                "karena ada anggota keluarga yang lahir, menikah, atau meninggal.</li>"
                "<li><b>Akta kelahiran</b>: bukti resmi kelahiran anak. Akta ini diperlukan untuk "
                "banyak hal, misalnya mendaftar sekolah.</li>"
                "<li><b>Akta kematian</b>: bukti resmi bahwa seseorang telah meninggal. Diperlukan "
                "antara lain untuk mengurus warisan, pensiun, atau asuransi.</li>"
                "<li><b>Pindah alamat</b>: mengurus surat pindah jika Anda pindah tempat tinggal, "
                "baik di dalam maupun ke luar kota.</li>"
                "</ul>"
                "<h2>Bisa selesai di hari yang sama</h2>"
                "<p>Permohonan yang masuk pada <b>pagi hari</b> bisa diproses dan selesai pada "
                "hari yang sama. Jadi, jika dokumen Anda sudah lengkap, kirimlah permohonan sepagi "
                "mungkin. Batas jam dan ketentuannya bisa berubah, jadi pastikan lewat kanal resmi "
                "Disdukcapil.</p>"
                "<h2>Yang tetap harus datang langsung</h2>"
                "<p><b>Perekaman e-KTP</b> tetap dilakukan secara langsung. Saat perekaman, "
                "petugas mengambil foto wajah, sidik jari, tanda tangan, dan pindaian mata Anda. "
                "Semua ini tidak bisa dilakukan lewat HP. Tanyakan ke kanal resmi di mana dan "
                "kapan perekaman bisa dilakukan.</p>"
                "<h2>Persyaratan yang biasanya diminta</h2>"
                "<p>Persyaratan bisa berbeda untuk setiap keadaan. Sebagai gambaran, yang sering "
                "diminta adalah:</p>"
                "<ul>"
                "<li>Akta kelahiran: surat keterangan lahir dari rumah sakit, puskesmas, atau "
                "bidan; KK; dan buku nikah atau akta perkawinan orang tua.</li>"
                "<li>Akta kematian: surat keterangan kematian dari rumah sakit atau kelurahan, "
                "serta KK.</li>"
                "<li>Perubahan KK: KK lama dan dokumen yang menjadi alasan perubahan.</li>"
                "<li>Pindah alamat: KK, e-KTP, dan alamat tujuan yang lengkap.</li>"
                "</ul>"
                "<p>Selalu periksa daftar persyaratan terbaru di layanan daring Disdukcapil Kota "
                "Balikpapan sebelum mengajukan.</p>"
                "<h2>Di mana mencari informasi resmi?</h2>"
                "<p>Cari informasi di situs resmi Pemerintah Kota Balikpapan atau Disdukcapil "
                "(alamat situs pemerintah berakhiran <b>.go.id</b>), akun media sosial resminya "
                "yang bercentang, atau tanyakan langsung di kantor kelurahan. Jangan percaya "
                "tautan yang dikirim orang tak dikenal lewat pesan berantai.</p>"
            )
        ),
        Callout(
            kind="safety",
            title="Gratis, dan data Anda harus dijaga",
            html=(
                "<p>Pengurusan dokumen kependudukan di Disdukcapil <b>tidak dipungut biaya</b>. "
                "Jangan memakai jasa calo, dan jangan mengirim foto KK, e-KTP, atau NIK Anda "
                "kepada orang yang mengaku petugas lewat WhatsApp. Kirim dokumen hanya lewat "
                "layanan resmi.</p>"
            ),
        ),
        Document(
            title="Daftar persiapan dokumen kependudukan",
            description=(
                "Cetak atau simpan daftar ini. Centang setiap baris sebelum mengajukan permohonan "
                "daring."
            ),
            filename="persiapan-dokumen-kependudukan.pdf",
            heading="Sebelum Mengajukan Dokumen Kependudukan",
            lines=(
                "Tahu dokumen apa yang ingin diurus",
                "Sudah membaca persyaratan terbaru di kanal resmi",
                "KK dan e-KTP ada di tangan",
                "Dokumen pendukung sudah difoto jelas dan terang",
                "Foto tidak buram, tidak terpotong, tanpa pantulan",
                "Nomor HP dan email aktif untuk pemberitahuan",
                "Mengajukan pagi hari agar bisa selesai hari itu",
                "Mencatat nomor permohonan setelah mengirim",
                "Perekaman e-KTP tetap datang langsung",
                "Layanan gratis: tolak calo dan pungutan",
            ),
        ),
        DATANG_LANGSUNG,
    ),
)

mengajukan = Lesson(
    slug="mengajukan-permohonan-daring",
    title="Mengajukan Permohonan Daring Langkah demi Langkah",
    intro=(
        "Kita coba mengajukan akta kelahiran sebagai contoh. Langkahnya mirip untuk KK, akta "
        "kematian, dan pindah alamat. Semua data di gambar hanyalah contoh."
    ),
    minutes=8,
    body=(
        Text(
            html=(
                "<p>Gambar di bawah ini adalah simulasi, bukan tampilan asli layanan Disdukcapil "
                "Kota Balikpapan. Nama menu di layanan aslinya bisa berbeda dan dapat berubah. "
                "Gunakan pelajaran ini untuk memahami alurnya, lalu ikuti petunjuk di layanan "
                "resminya.</p>"
                "<h3>Tips memotret dokumen</h3>"
                "<ul>"
                "<li>Letakkan dokumen di meja yang rata, dengan cahaya terang.</li>"
                "<li>Pastikan keempat sudut dokumen terlihat dan tulisannya terbaca.</li>"
                "<li>Matikan lampu kilat (flash) agar tidak ada pantulan putih.</li>"
                "<li>Periksa hasilnya. Jika buram, foto ulang.</li>"
                "</ul>"
            )
        ),
        Steps(
            title="Mengajukan akta kelahiran secara daring",
            steps=(
                Step(
                    title="Masuk ke layanan daring",
                    html=(
                        "<p>Buka layanan daring Disdukcapil Kota Balikpapan dari kanal resminya. "
                        "Biasanya Anda diminta mengisi NIK dan nomor HP atau email. Jika belum "
                        "punya akun, pilih daftar dan ikuti petunjuknya.</p>"
                    ),
                    screen=Screen(
                        app=DUKCAPIL,
                        heading="Masuk",
                        items=(
                            Field("NIK", "6471000000000001"),
                            Field("Nomor HP", "0812-0000-0001"),
                            Button("Masuk"),
                            Button("Daftar akun baru", primary=False),
                        ),
                        tap=2,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar masuk layanan kependudukan contoh. Kolom NIK berisi "
                        "6471000000000001 dan kolom Nomor HP berisi 0812-0000-0001. Tombol Masuk "
                        "ditandai untuk diketuk. Di bawahnya tombol Daftar akun baru."
                    ),
                ),
                Step(
                    title="Pilih layanan yang dibutuhkan",
                    html=(
                        "<p>Dari daftar layanan, pilih dokumen yang ingin Anda urus. Dalam contoh "
                        "ini, pilih <b>Akta Kelahiran</b>.</p>"
                    ),
                    screen=Screen(
                        app=DUKCAPIL,
                        heading="Pilih Layanan",
                        items=(
                            Row("Kartu Keluarga"),
                            Row("Akta Kelahiran"),
                            Row("Akta Kematian"),
                            Row("Pindah Alamat"),
                        ),
                        tap=1,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar Pilih Layanan dengan empat pilihan: Kartu Keluarga, Akta Kelahiran, "
                        "Akta Kematian, dan Pindah Alamat. Akta Kelahiran ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Isi data permohonan",
                    html=(
                        "<p>Isi data dengan teliti dan sama persis seperti di dokumen pendukung, "
                        "misalnya surat keterangan lahir. Salah satu huruf pun bisa membuat "
                        "permohonan dikembalikan.</p>"
                    ),
                    screen=Screen(
                        app=DUKCAPIL,
                        heading="Data Kelahiran",
                        items=(
                            Field("Nama anak", "Bayi Contoh"),
                            Field("Tanggal lahir", "01/11/2026"),
                            Field("Tempat lahir", "Balikpapan"),
                            Field("NIK ibu", "6471000000000002"),
                            Button("Lanjut"),
                        ),
                        tap=4,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Formulir Data Kelahiran berisi contoh: nama anak Bayi Contoh, tanggal "
                        "lahir 01/11/2026, tempat lahir Balikpapan, dan NIK ibu "
                        "6471000000000002. Tombol Lanjut ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Unggah foto dokumen persyaratan",
                    html=(
                        "<p>Untuk setiap persyaratan, ketuk tombol unggah lalu ambil foto atau "
                        "pilih dari galeri. Tanda <b>Terunggah</b> muncul jika berhasil. Lengkapi "
                        "semua sebelum lanjut.</p>"
                    ),
                    screen=Screen(
                        app=DUKCAPIL,
                        heading="Dokumen Persyaratan",
                        items=(
                            Row("Surat keterangan lahir", "Terunggah"),
                            Row("Kartu Keluarga", "Terunggah"),
                            Row("Buku nikah orang tua", "Belum"),
                            Button("Unggah foto dokumen"),
                        ),
                        tap=3,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar Dokumen Persyaratan. Surat keterangan lahir dan Kartu Keluarga "
                        "sudah terunggah, buku nikah orang tua belum. Tombol Unggah foto dokumen "
                        "ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Kirim dan catat nomor permohonan",
                    html=(
                        "<p>Periksa kembali semua data, lalu kirim. Catat atau foto layar "
                        "<b>nomor permohonan</b> yang muncul. Nomor ini dipakai untuk memeriksa "
                        "status dan untuk bertanya ke petugas.</p>"
                    ),
                    screen=Screen(
                        app=DUKCAPIL,
                        heading="Permohonan Terkirim",
                        items=(
                            Notice("Permohonan Anda sudah diterima.", tone="success"),
                            Line("Nomor permohonan: REG-0001 (contoh)", bold=True),
                            Line("Simpan nomor ini untuk cek status."),
                            Button("Lihat status"),
                        ),
                        tap=3,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar Permohonan Terkirim dengan kotak hijau Permohonan Anda sudah "
                        "diterima, nomor permohonan contoh REG-0001, dan saran menyimpannya. "
                        "Tombol Lihat status ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Pantau status dan terima dokumen",
                    html=(
                        "<p>Buka status permohonan secara berkala. Jika ada kekurangan, perbaiki "
                        "sesuai catatan petugas. Jika sudah selesai, ikuti petunjuk untuk "
                        "menerima dokumen: misalnya diunduh lalu dicetak, atau diambil di kantor. "
                        "Banyak dokumen kependudukan kini memakai tanda tangan elektronik dan kode "
                        "QR sehingga bisa dicetak sendiri di kertas HVS putih. Tanyakan ke petugas "
                        "apakah ini berlaku untuk dokumen Anda.</p>"
                    ),
                    screen=Screen(
                        app=DUKCAPIL,
                        heading="Status Permohonan",
                        items=(
                            Row("REG-0001 Akta Kelahiran", "Selesai"),
                            Notice("Dokumen Anda sudah selesai.", tone="success"),
                            Line("Ikuti petunjuk cara menerima dokumen."),
                            Button("Unduh dokumen (PDF)"),
                        ),
                        tap=3,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar Status Permohonan. Permohonan REG-0001 Akta Kelahiran berstatus "
                        "Selesai, dengan kotak hijau Dokumen Anda sudah selesai. Tombol Unduh "
                        "dokumen PDF ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Callout(
            kind="tip",
            title="Permohonan dikembalikan? Jangan panik",
            html=(
                "<p>Biasanya petugas menulis alasannya, misalnya foto buram atau data tidak sama. "
                "Perbaiki bagian itu saja, lalu kirim ulang. Jika bingung, tanyakan ke kanal "
                "resmi Disdukcapil dengan menyebut nomor permohonan Anda.</p>"
            ),
        ),
        URUTAN_PERMOHONAN,
    ),
    completion="passed",
)

mal_pelayanan = Lesson(
    slug="mal-pelayanan-publik",
    title="Mal Pelayanan Publik dan Perizinan Daring",
    intro=(
        "Perlu mengurus beberapa layanan sekaligus? Di Mal Pelayanan Publik, banyak loket "
        "berkumpul dalam satu gedung. Sebagian besar perizinan juga bisa diajukan daring."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<p><b>Mal Pelayanan Publik (MPP)</b> adalah tempat yang mengumpulkan loket "
                "berbagai instansi di satu gedung. Anda tidak perlu berpindah dari kantor ke "
                "kantor: cukup datang ke satu tempat, ambil nomor antrean, lalu menuju loket yang "
                "Anda perlukan.</p>"
                "<p>MPP di Balikpapan memiliki <b>banyak loket</b>. Di berbagai kota, MPP biasanya "
                "menghadirkan layanan seperti kependudukan, perizinan, pajak, dan jaminan sosial. "
                "Daftar loket di Balikpapan bisa berbeda dan bisa berubah, jadi periksa dulu "
                "lewat kanal resmi Pemerintah Kota Balikpapan sebelum datang.</p>"
                "<h2>Lebih dari seratus jenis izin bisa diajukan daring</h2>"
                "<p>Lebih dari <b>seratus jenis izin</b> di Balikpapan bisa diajukan secara "
                "daring. Jadi, sebelum datang ke MPP, periksa dulu apakah izin yang Anda perlukan "
                "bisa diurus dari rumah. Untuk usaha kecil, nomor induk berusaha (NIB) diurus "
                "lewat sistem OSS nasional; ada kursus Pandu tersendiri tentang itu.</p>"
                "<h2>Tips sebelum datang ke MPP</h2>"
                "<ol>"
                "<li>Pastikan layanan yang Anda perlukan memang ada di MPP.</li>"
                "<li>Periksa jam buka dan hari layanan.</li>"
                "<li>Baca persyaratannya dan siapkan dokumen asli beserta fotokopinya.</li>"
                "<li>Datang lebih awal agar antrean tidak terlalu panjang.</li>"
                "<li>Simpan nomor antrean dan tanda terima sampai urusan selesai.</li>"
                "</ol>"
                "<p>Ragu izin mana yang Anda perlukan? Tanyakan di meja informasi MPP. Petugas "
                "akan mengarahkan Anda ke loket yang tepat.</p>"
            )
        ),
        Steps(
            title="Alur berkunjung ke MPP",
            steps=(
                Step(
                    title="Cek informasi sebelum berangkat",
                    html=(
                        "<p>Buka kanal resmi Pemerintah Kota Balikpapan dan cari informasi MPP: "
                        "jam layanan, daftar loket, dan persyaratan. Jika layanan Anda bisa "
                        "diajukan daring, Anda mungkin tidak perlu datang sama sekali.</p>"
                    ),
                    screen=Screen(
                        app="Info MPP (contoh)",
                        heading="Mal Pelayanan Publik",
                        items=(
                            Row("Jam layanan"),
                            Row("Daftar loket"),
                            Row("Persyaratan layanan"),
                            Row("Izin yang bisa daring"),
                        ),
                        tap=3,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar informasi Mal Pelayanan Publik contoh dengan empat menu: Jam "
                        "layanan, Daftar loket, Persyaratan layanan, dan Izin yang bisa daring. "
                        "Menu Izin yang bisa daring ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Ambil nomor antrean",
                    html=(
                        "<p>Sesampainya di MPP, ambil nomor antrean untuk layanan yang Anda "
                        "perlukan. Caranya bisa lewat mesin antrean atau meja informasi. Jika "
                        "bingung, minta bantuan petugas.</p>"
                    ),
                    screen=Screen(
                        app="Antrean (contoh)",
                        heading="Pilih Layanan",
                        items=(
                            Row("Kependudukan"),
                            Row("Perizinan"),
                            Row("Pajak daerah"),
                            Row("Layanan lainnya"),
                        ),
                        tap=1,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar mesin antrean contoh berjudul Pilih Layanan dengan pilihan "
                        "Kependudukan, Perizinan, Pajak daerah, dan Layanan lainnya. Perizinan "
                        "ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Tunggu nomor Anda dipanggil",
                    html=(
                        "<p>Simpan kertas antrean. Perhatikan layar atau pengumuman sampai nomor "
                        "Anda dipanggil, lalu datangi loket yang disebutkan. Siapkan dokumen asli "
                        "dan fotokopinya.</p>"
                    ),
                    screen=Screen(
                        app="Antrean (contoh)",
                        heading="Nomor Antrean",
                        items=(
                            Line("Nomor antrean Anda:", bold=True),
                            Notice("B-012 (contoh)"),
                            Line("Layanan: Perizinan"),
                            Button("Selesai"),
                        ),
                        tap=3,
                        color=DUKCAPIL_COLOR,
                    ),
                    alt=(
                        "Layar Nomor Antrean yang menampilkan nomor antrean contoh B-012 untuk "
                        "layanan Perizinan. Tombol Selesai ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Callout(
            kind="safety",
            title="Tolak calo di sekitar loket",
            html=(
                "<p>Jika ada orang yang menawarkan “jalur cepat” dengan bayaran, tolak dengan "
                "sopan. Bayar hanya biaya resmi yang tertulis, jika memang ada, dan minta bukti "
                "pembayarannya. Jangan menyerahkan dokumen asli kepada orang yang bukan "
                "petugas.</p>"
            ),
        ),
        Document(
            title="Bawaan ke Mal Pelayanan Publik",
            description="Daftar periksa singkat sebelum berangkat ke MPP.",
            filename="bawaan-ke-mpp.pdf",
            heading="Sebelum Berangkat ke Mal Pelayanan Publik",
            lines=(
                "Layanan yang dibutuhkan ada di MPP",
                "Sudah cek: mungkin bisa diurus daring",
                "Jam buka dan hari layanan sudah dicek",
                "e-KTP asli",
                "Kartu Keluarga asli dan fotokopi",
                "Dokumen persyaratan asli dan fotokopi",
                "Pulpen dan map untuk dokumen",
                "HP dengan baterai cukup",
                "Simpan nomor antrean dan tanda terima",
                "Tolak calo, bayar hanya biaya resmi",
            ),
        ),
    ),
)

lingkungan_dan_wifi = Lesson(
    slug="lapor-lingkungan-dan-wifi",
    title="Melaporkan Sampah dan Memakai Wi-Fi Publik",
    intro=(
        "Melihat sampah menumpuk atau sungai tercemar? Laporkan lewat aplikasi dinas lingkungan "
        "hidup. Lalu kenali titik Wi-Fi publik gratis dan cara memakainya dengan aman."
    ),
    minutes=7,
    body=(
        Text(
            html=(
                "<p>Dinas Lingkungan Hidup (DLH) Kota Balikpapan menyediakan aplikasi untuk "
                "melaporkan <b>sampah</b> atau <b>pencemaran</b>, lengkap dengan <b>foto</b> dan "
                "<b>lokasi</b>. Foto dan lokasi membantu petugas menemukan tempatnya dengan "
                "cepat.</p><p>Cari nama dan tautan aplikasinya di kanal resmi Pemerintah Kota "
                "Balikpapan atau DLH, lalu pasang hanya dari toko aplikasi resmi. Gambar di bawah "
                "ini adalah simulasi, dan tampilan aplikasi aslinya bisa berbeda.</p>"
            )
        ),
        Steps(
            title="Melaporkan sampah atau pencemaran",
            steps=(
                Step(
                    title="Pilih jenis laporan",
                    html=(
                        "<p>Buka aplikasinya, lalu pilih jenis masalah yang paling sesuai, "
                        "misalnya <b>Sampah menumpuk</b>.</p>"
                    ),
                    screen=Screen(
                        app=DLH,
                        heading="Buat Laporan",
                        items=(
                            Line("Apa yang ingin Anda laporkan?", bold=True),
                            Row("Sampah menumpuk"),
                            Row("Pencemaran air"),
                            Row("Pencemaran udara"),
                        ),
                        tap=1,
                        color=DLH_COLOR,
                    ),
                    alt=(
                        "Layar Buat Laporan dengan pertanyaan Apa yang ingin Anda laporkan dan "
                        "tiga pilihan: Sampah menumpuk, Pencemaran air, dan Pencemaran udara. "
                        "Sampah menumpuk ditandai untuk diketuk."
                    ),
                ),
                Step(
                    title="Ambil foto",
                    html=(
                        "<p>Ketuk <b>Ambil foto</b> dan potret masalahnya dengan jelas. Usahakan "
                        "ada patokan di foto, misalnya papan nama jalan. Jangan memotret wajah "
                        "orang lain.</p>"
                    ),
                    screen=Screen(
                        app=DLH,
                        heading="Foto",
                        items=(
                            Line("Foto yang jelas mempercepat penanganan."),
                            Button("Ambil foto"),
                            Button("Pilih dari galeri", primary=False),
                        ),
                        tap=1,
                        color=DLH_COLOR,
                    ),
                    alt=(
                        "Layar Foto dengan keterangan Foto yang jelas mempercepat penanganan. "
                        "Tombol Ambil foto ditandai untuk diketuk. Di bawahnya tombol Pilih dari "
                        "galeri."
                    ),
                ),
                Step(
                    title="Tandai lokasi",
                    html=(
                        "<p>Jika aplikasi meminta izin lokasi, pilih izinkan, lalu ketuk "
                        "<b>Gunakan lokasi saat ini</b> ketika Anda berada di tempat kejadian. "
                        "Periksa alamat yang muncul dan perbaiki jika kurang tepat.</p>"
                    ),
                    screen=Screen(
                        app=DLH,
                        heading="Lokasi",
                        items=(
                            Notice("Izinkan akses lokasi agar akurat."),
                            Field("Lokasi", "Jl. Contoh, Kel. Contoh"),
                            Button("Gunakan lokasi saat ini"),
                            Button("Lanjut", primary=False),
                        ),
                        tap=2,
                        color=DLH_COLOR,
                    ),
                    alt=(
                        "Layar Lokasi dengan kotak keterangan Izinkan akses lokasi agar akurat dan "
                        "kolom Lokasi berisi Jl. Contoh, Kelurahan Contoh. Tombol Gunakan lokasi "
                        "saat ini ditandai untuk diketuk. Di bawahnya tombol Lanjut."
                    ),
                ),
                Step(
                    title="Tulis keterangan dan kirim",
                    html=(
                        "<p>Tulis keterangan singkat: apa yang terjadi dan sejak kapan. Gunakan "
                        "bahasa yang sopan. Setelah itu ketuk <b>Kirim laporan</b>, lalu pantau "
                        "tanggapannya di aplikasi.</p>"
                    ),
                    screen=Screen(
                        app=DLH,
                        heading="Keterangan",
                        items=(
                            Field("Keterangan", "Sampah menumpuk sejak 3 hari."),
                            Line("Foto: 1 | Lokasi: Jl. Contoh"),
                            Button("Kirim laporan"),
                        ),
                        tap=2,
                        color=DLH_COLOR,
                    ),
                    alt=(
                        "Layar Keterangan. Kolom Keterangan berisi Sampah menumpuk sejak 3 hari. "
                        "Di bawahnya ringkasan satu foto dan lokasi Jl. Contoh. Tombol Kirim "
                        "laporan ditandai untuk diketuk."
                    ),
                ),
            ),
        ),
        Text(
            html=(
                "<h2>Wi-Fi publik gratis</h2>"
                "<p>Balikpapan memiliki <b>ratusan titik Wi-Fi publik gratis</b> di berbagai "
                "tempat umum. Ini membantu Anda menghemat kuota, misalnya untuk mengunduh dokumen "
                "atau menonton video pelajaran. Informasi lokasi titik Wi-Fi bisa ditanyakan lewat "
                "kanal resmi Pemerintah Kota Balikpapan atau di kelurahan.</p>"
                "<h3>Memakai Wi-Fi publik dengan aman</h3>"
                "<ul>"
                "<li>Pastikan nama jaringan sesuai dengan informasi resmi di lokasi. Penipu bisa "
                "membuat jaringan palsu dengan nama yang mirip.</li>"
                "<li>Hindari membuka aplikasi bank atau melakukan pembayaran saat memakai Wi-Fi "
                "publik. Pakai data seluler Anda sendiri untuk itu.</li>"
                "<li>Jangan mengisi kode OTP, PIN, atau kata sandi di halaman yang muncul saat "
                "menyambung ke Wi-Fi.</li>"
                "<li>Jangan memasang aplikasi apa pun yang diminta oleh halaman Wi-Fi.</li>"
                "<li>Setelah selesai, matikan Wi-Fi atau pilih “lupakan jaringan” agar HP tidak "
                "tersambung otomatis.</li>"
                "</ul>"
            )
        ),
        Figure(
            screen=Screen(
                app="Setelan",
                heading="Wi-Fi",
                items=(
                    Line("Jaringan tersedia", bold=True),
                    Row("WiFi-Publik-Contoh", "Terbuka"),
                    Row("WiFi-Publik-Contoh2", "Terbuka, nama mirip"),
                    Row("Rumah_Siti_Contoh", "Terkunci"),
                    Notice("Cocokkan nama dengan papan resmi.", tone="danger"),
                ),
                color="#455a64",
            ),
            alt=(
                "Layar pengaturan Wi-Fi dengan tiga jaringan: WiFi-Publik-Contoh yang terbuka, "
                "WiFi-Publik-Contoh2 yang terbuka dan bernama mirip, serta Rumah_Siti_Contoh yang "
                "terkunci. Kotak merah mengingatkan untuk mencocokkan nama jaringan dengan papan "
                "resmi."
            ),
            caption=(
                "Dua jaringan dengan nama mirip bisa membingungkan. Pilih yang namanya sama "
                "dengan informasi resmi di lokasi."
            ),
        ),
        Callout(
            kind="safety",
            title="Wi-Fi gratis tidak pernah meminta OTP",
            html=(
                "<p>Layanan Wi-Fi publik tidak memerlukan kode OTP bank, PIN, atau data e-KTP "
                "Anda. Jika ada halaman yang meminta data itu, tutup halaman tersebut dan putuskan "
                "sambungan.</p>"
            ),
        ),
        LAPOR_DAN_WIFI,
    ),
)

COURSE = Course(
    slug="layanan-kependudukan-balikpapan",
    title="Layanan Kependudukan Daring di Balikpapan",
    summary=(
        "Kenali layanan dokumen kependudukan daring Disdukcapil Kota Balikpapan, Mal Pelayanan "
        "Publik, pelaporan sampah dan pencemaran lewat aplikasi, serta Wi-Fi publik gratis."
    ),
    outcomes=(
        "Mengetahui dokumen yang bisa diurus daring: KK, akta kelahiran, akta kematian, dan "
        "pindah alamat.",
        "Mengajukan permohonan daring, mencatat nomornya, dan memantau statusnya.",
        "Mengetahui layanan yang tetap harus didatangi langsung, seperti perekaman e-KTP.",
        "Memanfaatkan Mal Pelayanan Publik dan perizinan daring dengan persiapan yang tepat.",
        "Melaporkan sampah atau pencemaran dengan foto dan lokasi, serta memakai Wi-Fi publik "
        "dengan aman.",
    ),
    level="dasar",
    pillar="cakap",
    topic="kependudukan",
    minutes=28,
    checked_on=date(2026, 11, 20),
    keywords=(
        "KK, kartu keluarga, akta kelahiran, akta kematian, pindah alamat, surat pindah, "
        "Disdukcapil, Dukcapil, e-KTP, Mal Pelayanan Publik, MPP, izin, sampah, pencemaran, "
        "Wi-Fi gratis, Balikpapan"
    ),
    cover=Cover(color=DUKCAPIL_COLOR, label="Balikpapan", icon="city"),
    modules=(
        Module(
            slug="dokumen-kependudukan",
            title="Dokumen Kependudukan Daring",
            lessons=(dari_rumah, mengajukan),
        ),
        Module(
            slug="layanan-kota-lainnya",
            title="Layanan Kota Lainnya",
            lessons=(mal_pelayanan, lingkungan_dan_wifi),
        ),
    ),
)
