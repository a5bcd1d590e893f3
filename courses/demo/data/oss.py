"""Kursus: NIB untuk usaha mikro lewat OSS RBA (Online Single Submission berbasis risiko)."""

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

OSS_COLOR = "#1f4e8c"
APP = "OSS"

# --- Activities --------------------------------------------------------------------------------
BIAYA_NIB = MultipleChoice(
    title="Coba: biaya NIB",
    question=(
        'Seseorang menawarkan "jasa cepat NIB" dengan bayaran. Berapa biaya resmi mengurus NIB '
        "lewat OSS?"
    ),
    options=(
        Choice(
            "Gratis",
            correct=True,
            feedback=(
                "Benar. Mengurus NIB di OSS tidak dipungut biaya. Tolak tawaran jasa berbayar, "
                "dan pakai hanya oss.go.id atau aplikasi OSS resmi."
            ),
        ),
        Choice(
            "Sesuai tarif yang diminta penawar jasa",
            feedback=(
                "Belum tepat. NIB gratis. Penipu sering menawarkan jasa cepat NIB atau membuat "
                "situs tiruan."
            ),
        ),
        Choice(
            "Bergantung pada besar modal usaha",
            feedback=("Belum tepat. Modal menentukan skala usaha, bukan biaya. NIB tetap gratis."),
        ),
    ),
)

TINGKAT_RISIKO = Matching(
    title="Latihan: empat tingkat risiko",
    question="Pasangkan setiap tingkat risiko dengan apa yang perlu dipenuhi.",
    pairs=(
        Pair("Rendah", "NIB saja sudah cukup"),
        Pair("Menengah rendah", "NIB dan Sertifikat Standar berupa pernyataan Anda sendiri"),
        Pair("Menengah tinggi", "NIB dan Sertifikat Standar yang diperiksa instansi berwenang"),
        Pair("Tinggi", "NIB dan izin yang terbit setelah syaratnya diperiksa"),
    ),
)

URUTAN_NIB = Ordering(
    title="Latihan: dari akun sampai NIB",
    question="Urutkan langkah mendapatkan NIB lewat OSS.",
    items=(
        "Buat akun OSS",
        "Isi data pribadi dan NIK",
        "Pilih kode KBLI usaha Anda",
        "OSS menghitung tingkat risiko usaha",
        "NIB terbit",
    ),
)


COURSE = Course(
    slug="oss-nib-usaha-mikro",
    title="NIB untuk Usaha Mikro lewat OSS",
    summary=(
        "Urus Nomor Induk Berusaha (NIB) untuk usaha kecil Anda sendiri lewat OSS: buat akun, "
        "pilih kode KBLI yang tepat, pahami tingkat risiko, sampai NIB terbit."
    ),
    outcomes=(
        "Menjelaskan apa itu NIB dan mengapa usaha mikro perlu memilikinya.",
        "Memilih kode KBLI yang sesuai dengan kegiatan usaha utama.",
        "Memahami empat tingkat risiko usaha dan apa yang diperlukan pada tiap tingkat.",
        "Membuat akun OSS dan mengisi data usaha sampai NIB terbit.",
    ),
    level="madya",
    pillar="cakap",
    topic="usaha",
    minutes=44,
    checked_on=date(2026, 11, 20),
    keywords=(
        "NIB, Nomor Induk Berusaha, OSS, OSS RBA, izin usaha, UMKM, usaha mikro, KBLI, "
        "tingkat risiko, legalitas usaha, warung"
    ),
    cover=Cover(color="#8a4500", label="NIB", icon="shop"),
    modules=(
        Module(
            slug="mengenal-nib-dan-oss",
            title="Mengenal NIB dan OSS",
            lessons=(
                Lesson(
                    slug="apa-itu-nib",
                    title="Apa itu NIB, dan mengapa perlu?",
                    intro=(
                        "NIB adalah identitas resmi usaha Anda. Kenali gunanya, syaratnya, dan "
                        "cara mengurusnya dengan aman."
                    ),
                    minutes=8,
                    body=(
                        Text(
                            "<p><b>NIB</b> (Nomor Induk Berusaha) adalah nomor identitas resmi "
                            "bagi pelaku usaha. Jika e-KTP adalah identitas Anda sebagai warga, "
                            "NIB adalah identitas Anda sebagai pelaku usaha. NIB diterbitkan "
                            "lewat <b>OSS</b> (<i>Online Single Submission</i>), sistem perizinan "
                            "berusaha milik pemerintah pusat. Versi yang berlaku sekarang disebut "
                            "OSS RBA, karena perizinannya berbasis risiko (<i>Risk-Based "
                            "Approach</i>).</p>"
                            "<h2>Gunanya bagi usaha kecil</h2>"
                            "<ul>"
                            "<li>Usaha Anda tercatat resmi dan lebih dipercaya pembeli serta "
                            "mitra.</li>"
                            "<li>NIB sering diminta saat mengajukan pinjaman usaha ke bank, ikut "
                            "pelatihan atau program pembinaan, dan bergabung dengan toko "
                            "online.</li>"
                            "<li>Dengan NIB, Anda bisa mengurus izin lain yang mungkin dibutuhkan, "
                            "misalnya sertifikat halal.</li>"
                            "</ul>"
                            "<h2>Yang perlu diketahui</h2>"
                            "<ul>"
                            "<li>Mengurus NIB di OSS <b>tidak dipungut biaya</b>.</li>"
                            "<li>Setiap pelaku usaha cukup punya satu NIB. Bila usaha bertambah, "
                            "kegiatan baru ditambahkan ke NIB yang sama.</li>"
                            "<li>Pemilik usaha perorangan mendaftar dengan NIK dari e-KTP.</li>"
                            "<li>OSS menentukan skala usaha dari modal yang Anda isi. Saat kursus "
                            "ini diperiksa, usaha mikro adalah usaha dengan modal sampai Rp1 "
                            "miliar, tidak termasuk tanah dan bangunan tempat usaha.</li>"
                            "</ul>"
                            "<p>Pemilik usaha mikro dan kecil perorangan dapat memakai "
                            "<b>aplikasi OSS</b> di ponsel. Badan usaha, seperti CV atau PT, "
                            "mendaftar lewat situs <b>oss.go.id</b>. Kursus ini memakai aplikasi "
                            "ponsel untuk usaha perorangan.</p>"
                        ),
                        Callout(
                            kind="safety",
                            title="Gratis, dan hanya lewat saluran resmi",
                            html=(
                                "<p>Penipu sering menawarkan <i>jasa cepat NIB</i> dengan bayaran, "
                                "atau membuat situs tiruan. Lindungi diri Anda:</p>"
                                "<ul>"
                                "<li>Gunakan hanya situs <b>oss.go.id</b> atau aplikasi OSS resmi "
                                "dari Play Store atau App Store.</li>"
                                "<li>Jangan memberi tahu kata sandi atau kode verifikasi OSS "
                                "kepada siapa pun, termasuk orang yang menawarkan bantuan.</li>"
                                "<li>Jika dibantu orang lain, tetap pakai nomor HP dan email Anda "
                                "sendiri, agar akun usaha tetap milik Anda.</li>"
                                "</ul>"
                            ),
                        ),
                        BIAYA_NIB,
                    ),
                ),
                Lesson(
                    slug="kbli-dan-risiko",
                    title="Memilih KBLI dan memahami tingkat risiko",
                    intro=(
                        "Kode KBLI menjelaskan jenis usaha Anda, dan tingkat risiko menentukan apa "
                        "saja yang perlu dipenuhi."
                    ),
                    minutes=12,
                    body=(
                        Text(
                            "<h2>Apa itu KBLI?</h2>"
                            "<p><b>KBLI</b> (Klasifikasi Baku Lapangan Usaha Indonesia) adalah "
                            "daftar kode lima angka untuk setiap jenis kegiatan usaha. Saat "
                            "mengurus NIB, Anda memilih kode KBLI yang paling sesuai dengan "
                            "kegiatan usaha Anda. Beberapa contoh:</p>"
                            "<ul>"
                            "<li><b>56102</b> Rumah/Warung Makan: menjual makanan yang disantap di "
                            "tempat usaha yang menetap.</li>"
                            "<li><b>56104</b> Penyediaan Makanan Keliling/Tempat Tidak Tetap: "
                            "misalnya gerobak atau dagangan keliling.</li>"
                            "<li><b>47711</b> Perdagangan Eceran Pakaian: toko pakaian.</li>"
                            "</ul>"
                            "<h3>Cara memilih</h3>"
                            "<ol>"
                            "<li>Tuliskan dalam satu kalimat apa kegiatan utama usaha Anda, "
                            "misalnya <i>saya menjual nasi kuning di warung depan rumah</i>.</li>"
                            "<li>Di OSS, cari dengan kata kunci sederhana, seperti <i>warung "
                            "makan</i>.</li>"
                            "<li>Baca uraian setiap kode yang muncul, jangan hanya judulnya. "
                            "Pilih yang paling cocok dengan kegiatan Anda.</li>"
                            "</ol>"
                        ),
                        Figure(
                            screen=Screen(
                                app=APP,
                                heading="Bidang Usaha",
                                items=(
                                    Field("Cari KBLI", "warung makan"),
                                    Row("56102", "Rumah/Warung Makan"),
                                    Row("56104", "Makanan Keliling"),
                                    Line("Baca uraian kode sebelum memilih."),
                                ),
                                tap=1,
                                color=OSS_COLOR,
                            ),
                            alt=(
                                "Contoh layar pencarian bidang usaha di OSS. Kotak cari KBLI "
                                "berisi warung makan. Dua hasil: 56102 Rumah/Warung Makan, dan "
                                "56104 Makanan Keliling. Baris 56102 disorot. Di bawahnya tulisan: "
                                "baca uraian kode sebelum memilih."
                            ),
                            caption=(
                                "Mencari KBLI dengan kata kunci (contoh, disederhanakan). Nama "
                                "kode di aplikasi ditulis lebih lengkap."
                            ),
                        ),
                        Text(
                            "<h2>Empat tingkat risiko</h2>"
                            "<p>Setelah Anda memilih KBLI dan mengisi modal serta luas tempat "
                            "usaha, OSS menghitung <b>tingkat risiko</b> usaha Anda. Tingkat "
                            "inilah yang menentukan apa saja yang perlu dipenuhi:</p>"
                            "<ul>"
                            "<li><b>Rendah</b>: NIB saja sudah cukup untuk menjalankan "
                            "usaha.</li>"
                            "<li><b>Menengah rendah</b>: NIB ditambah Sertifikat Standar, berupa "
                            "pernyataan Anda sendiri bahwa usaha memenuhi standar.</li>"
                            "<li><b>Menengah tinggi</b>: NIB ditambah Sertifikat Standar yang "
                            "diperiksa dan disetujui oleh instansi berwenang.</li>"
                            "<li><b>Tinggi</b>: NIB ditambah izin, yang baru terbit setelah "
                            "syaratnya diperiksa dan disetujui.</li>"
                            "</ul>"
                            "<p>Banyak usaha mikro, seperti warung makan kecil, berada di tingkat "
                            "rendah, tetapi jangan menebak: lihat hasil yang ditampilkan OSS. "
                            "Produk tertentu, misalnya makanan kemasan buatan rumah, bisa "
                            "memerlukan izin produk tambahan. Aturan dapat berubah; bacalah "
                            "petunjuk di OSS atau tanyakan ke petugas perizinan.</p>"
                        ),
                        Callout(
                            kind="tip",
                            title="Ragu memilih? Tanyakan dulu",
                            html=(
                                "<p>Di Balikpapan ada Mal Pelayanan Publik dengan banyak loket "
                                "perizinan. Datanglah dengan catatan tentang usaha Anda, lalu "
                                "tanyakan kode KBLI yang tepat sebelum mendaftar. Layanan resmi "
                                "ini tidak memungut biaya untuk NIB.</p>"
                            ),
                        ),
                        Document(
                            title="Ceklis sebelum mengurus NIB",
                            description=(
                                "Satu halaman untuk dicetak: siapkan semua ini sebelum mendaftar "
                                "di OSS."
                            ),
                            filename="ceklis-nib-oss.pdf",
                            heading="Siapkan sebelum mengurus NIB",
                            lines=(
                                "e-KTP dan NIK pemilik usaha",
                                "Nomor HP sendiri yang aktif di WhatsApp",
                                "Alamat email sendiri",
                                "Satu kalimat: kegiatan utama usaha saya",
                                "Kode KBLI pilihan, uraiannya sudah dibaca",
                                "Nama usaha",
                                "Alamat tempat usaha sampai kelurahan",
                                "Perkiraan modal usaha (tanpa tanah, bangunan)",
                                "Luas tempat usaha dalam meter persegi",
                                "Jumlah pekerja",
                                "Daftar produk atau jasa yang dijual",
                                "Ingat: NIB gratis, jangan bagikan kode",
                            ),
                        ),
                        TINGKAT_RISIKO,
                    ),
                    completion="passed",
                ),
            ),
        ),
        Module(
            slug="mengurus-nib",
            title="Mengurus NIB langkah demi langkah",
            lessons=(
                Lesson(
                    slug="membuat-akun-oss",
                    title="Membuat akun di aplikasi OSS",
                    intro=(
                        "Pasang aplikasi OSS, verifikasi nomor HP, buat kata sandi, dan isi "
                        "profil sesuai e-KTP."
                    ),
                    minutes=10,
                    body=(
                        Text(
                            "<p>Aplikasi OSS di ponsel dibuat untuk pelaku usaha mikro dan kecil "
                            "perorangan. Siapkan e-KTP dan ponsel dengan nomor HP Anda sendiri "
                            "yang aktif di WhatsApp, karena kode verifikasi dapat dikirim lewat "
                            "WhatsApp.</p>"
                            "<p>Tampilan dan urutan layar bisa berubah setelah pembaruan. Bila "
                            "berbeda dari contoh, ikuti petunjuk di aplikasi atau lihat panduan "
                            "di situs oss.go.id.</p>"
                        ),
                        Steps(
                            title="Membuat akun",
                            steps=(
                                Step(
                                    title="Pasang aplikasi OSS resmi",
                                    html=(
                                        "<p>Cari <b>OSS Indonesia</b> di Play Store atau App "
                                        "Store. Pastikan penerbitnya kementerian yang mengurus "
                                        "investasi (BKPM), lalu ketuk <b>Instal</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app="Play Store",
                                        heading="Hasil pencarian",
                                        items=(
                                            Field("Cari", "OSS Indonesia"),
                                            Row("OSS Indonesia", "Kementerian Investasi/BKPM"),
                                            Button("Instal"),
                                        ),
                                        tap=2,
                                        color="#01875f",
                                    ),
                                    alt=(
                                        "Layar toko aplikasi. Kotak pencarian berisi OSS "
                                        "Indonesia. Hasilnya: OSS Indonesia, penerbit Kementerian "
                                        "Investasi/BKPM. Tombol Instal disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Daftarkan nomor HP",
                                    html=(
                                        "<p>Buka aplikasi dan pilih daftar. Ketik nomor HP Anda, "
                                        "lalu ketuk tombol untuk mengirim kode verifikasi lewat "
                                        "WhatsApp.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Daftar",
                                        items=(
                                            Line("Khusus usaha mikro dan kecil perorangan."),
                                            Field("Nomor HP", "+62 812-0000-0001"),
                                            Button("Kirim kode via WhatsApp"),
                                        ),
                                        tap=2,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Daftar aplikasi OSS. Tulisan: khusus usaha mikro "
                                        "dan kecil perorangan. Kotak nomor HP berisi +62 "
                                        "812-0000-0001. Tombol Kirim kode via WhatsApp disorot; "
                                        "ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Masukkan kode verifikasi",
                                    html=(
                                        "<p>Buka WhatsApp, lihat kode yang masuk, lalu ketik kode "
                                        "itu di aplikasi OSS. Kode ini rahasia: siapa pun yang "
                                        "memintanya, jangan berikan.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Verifikasi",
                                        items=(
                                            Notice("Kode dikirim ke WhatsApp 0812-0000-0001."),
                                            Field("Kode verifikasi", "******"),
                                            Button("Verifikasi"),
                                        ),
                                        tap=2,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Verifikasi. Kotak biru: kode dikirim ke WhatsApp "
                                        "0812-0000-0001. Kotak isian kode verifikasi tertutup "
                                        "bintang. Tombol Verifikasi disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Buat kata sandi",
                                    html=(
                                        "<p>Buat kata sandi minimal 8 karakter yang memadukan "
                                        "huruf besar, huruf kecil, angka, dan simbol. Ketik sekali "
                                        "lagi untuk memastikan, lalu ketuk <b>Simpan</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Buat Kata Sandi",
                                        items=(
                                            Line("Minimal 8 karakter: huruf, angka, simbol."),
                                            Field("Password", "********"),
                                            Field("Konfirmasi Password", "********"),
                                            Button("Simpan"),
                                        ),
                                        tap=3,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Buat Kata Sandi. Tulisan: minimal 8 karakter, "
                                        "huruf, angka, simbol. Dua kotak, password dan konfirmasi "
                                        "password, tertutup bintang. Tombol Simpan disorot; ketuk "
                                        "tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Isi profil sesuai e-KTP",
                                    html=(
                                        "<p>Isi NIK, nama lengkap, tanggal lahir, dan alamat "
                                        "persis seperti di e-KTP, termasuk provinsi, kota, "
                                        "kecamatan, dan kelurahan. Periksa lagi, lalu ketuk "
                                        "<b>Simpan</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Data Profil",
                                        items=(
                                            Field("NIK", "6471000000000001"),
                                            Field("Nama Lengkap", "Siti Contoh"),
                                            Field("Tanggal Lahir", "01-01-1990"),
                                            Field("Kabupaten/Kota", "Kota Balikpapan"),
                                            Field("Desa/Kelurahan", "Kelurahan Contoh"),
                                            Button("Simpan"),
                                        ),
                                        tap=5,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Data Profil dengan kotak isian: NIK "
                                        "6471000000000001, nama lengkap Siti Contoh, tanggal "
                                        "lahir 01-01-1990, kota Balikpapan, kelurahan Kelurahan "
                                        "Contoh. Tombol Simpan disorot; ketuk tombol itu."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Akun OSS adalah kunci usaha Anda",
                            html=(
                                "<p>Dengan akun OSS, seseorang bisa mengubah data usaha Anda. "
                                "Karena itu, jangan pernah memberi tahu kode verifikasi atau "
                                "kata sandi. Petugas resmi tidak akan memintanya lewat telepon "
                                "atau chat.</p>"
                                "<p>Jika Anda merasa akun dipakai orang lain, segera ganti kata "
                                "sandi dan minta bantuan lewat saluran resmi yang tercantum di "
                                "oss.go.id.</p>"
                            ),
                        ),
                    ),
                ),
                Lesson(
                    slug="mengajukan-nib",
                    title="Mengisi data usaha sampai NIB terbit",
                    intro=(
                        "Isi data usaha, pilih KBLI, periksa tingkat risiko, setujui pernyataan "
                        "mandiri, lalu cetak NIB Anda."
                    ),
                    minutes=14,
                    body=(
                        Text(
                            "<p>Setelah akun siap, masuk ke aplikasi OSS dan mulai permohonan NIB. "
                            "Siapkan ceklis dari pelajaran sebelumnya: kode KBLI, nama usaha, "
                            "alamat, modal, luas tempat, jumlah pekerja, dan daftar produk.</p>"
                            "<p>Contoh di bawah memakai usaha karangan: warung makan milik Siti "
                            "Contoh di Balikpapan.</p>"
                        ),
                        Steps(
                            title="Dari data usaha sampai NIB",
                            steps=(
                                Step(
                                    title="Periksa data pelaku usaha",
                                    html=(
                                        "<p>NIK, nama, dan nomor HP diambil dari profil Anda. "
                                        "NPWP serta nomor BPJS boleh diisi bila sudah punya. "
                                        "Ketuk <b>Lanjut</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Data Pelaku Usaha",
                                        items=(
                                            Field("NIK", "6471000000000001"),
                                            Field("Nama", "Siti Contoh"),
                                            Field("NPWP (bila ada)", ""),
                                            Field("BPJS Kesehatan (bila ada)", ""),
                                            Button("Lanjut"),
                                        ),
                                        tap=4,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Data Pelaku Usaha. NIK 6471000000000001 dan nama "
                                        "Siti Contoh sudah terisi. Kotak NPWP dan BPJS Kesehatan "
                                        "kosong, boleh diisi bila ada. Tombol Lanjut disorot; "
                                        "ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Pilih bidang usaha (KBLI)",
                                    html=(
                                        "<p>Pilih kegiatan <b>Utama</b>, lalu cari bidang usaha "
                                        "dengan kata kunci dan pilih kode KBLI Anda. Baca uraian "
                                        "yang muncul untuk memastikan.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Bidang Usaha",
                                        items=(
                                            Field("Jenis Kegiatan Usaha", "Utama"),
                                            Field(
                                                "Bidang Usaha (KBLI)", "56102 Rumah/Warung Makan"
                                            ),
                                            Field("Ruang Lingkup", "Seluruh"),
                                            Button("Lanjut"),
                                        ),
                                        tap=3,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Bidang Usaha. Jenis kegiatan usaha: Utama. Bidang "
                                        "usaha: 56102 Rumah/Warung Makan. Ruang lingkup: Seluruh. "
                                        "Tombol Lanjut disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Isi luas tempat dan modal, lalu validasi risiko",
                                    html=(
                                        "<p>Isi luas tempat usaha dan modal usaha, tanpa nilai "
                                        "tanah dan bangunan. Ketuk <b>Validasi Risiko</b>. OSS "
                                        "lalu menampilkan skala usaha dan tingkat risikonya.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Lahan dan Modal",
                                        items=(
                                            Field("Luas Lahan Usaha", "20 m²"),
                                            Field("Modal Usaha", "Rp50.000.000"),
                                            Button("Validasi Risiko"),
                                        ),
                                        tap=2,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Lahan dan Modal. Luas lahan usaha 20 meter "
                                        "persegi, modal usaha 50 juta rupiah. Tombol Validasi "
                                        "Risiko disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Baca hasil risiko, isi detail usaha",
                                    html=(
                                        "<p>Baca hasilnya: skala usaha dan tingkat risiko. "
                                        "Lalu isi nama usaha dan jumlah pekerja. Jika risikonya "
                                        "bukan rendah, OSS akan menunjukkan apa yang masih perlu "
                                        "dipenuhi.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Detail Usaha",
                                        items=(
                                            Notice(
                                                "Skala usaha: Mikro. Risiko usaha: Rendah.",
                                                tone="success",
                                            ),
                                            Field("Nama Usaha", "Warung Makan Contoh"),
                                            Field("Jumlah Tenaga Kerja", "2"),
                                            Button("Lanjut"),
                                        ),
                                        tap=3,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Detail Usaha. Kotak hijau: skala usaha mikro, "
                                        "risiko usaha rendah. Nama usaha Warung Makan Contoh, "
                                        "jumlah tenaga kerja 2. Tombol Lanjut disorot; ketuk "
                                        "tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Isi lokasi usaha",
                                    html=(
                                        "<p>Jika usaha berada di alamat rumah Anda, pilih memakai "
                                        "alamat yang sama. Jika tidak, isi alamat tempat usaha "
                                        "sampai kelurahan dan kode pos.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Lokasi Usaha",
                                        items=(
                                            Field("Sama dengan alamat rumah?", "Ya"),
                                            Field("Alamat Usaha", "Jl. Contoh No. 1"),
                                            Field("Kabupaten/Kota", "Kota Balikpapan"),
                                            Field("Desa/Kelurahan", "Kelurahan Contoh"),
                                            Button("Lanjut"),
                                        ),
                                        tap=4,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Lokasi Usaha. Sama dengan alamat rumah: Ya. Alamat "
                                        "usaha Jl. Contoh No. 1, Kota Balikpapan, Kelurahan "
                                        "Contoh. Tombol Lanjut disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Tambahkan produk atau jasa",
                                    html=(
                                        "<p>Tulis produk atau jasa yang Anda jual, misalnya nasi "
                                        "kuning, beserta kapasitasnya. Jawab pertanyaan tentang "
                                        "sertifikat SNI dan halal dengan jujur, lalu ketuk "
                                        "<b>Simpan</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Produk/Jasa",
                                        items=(
                                            Field("Nama Produk/Jasa", "Nasi kuning"),
                                            Field("Kapasitas", "20 kursi"),
                                            Field("Punya sertifikat SNI?", "Tidak"),
                                            Field("Punya sertifikat halal?", "Tidak"),
                                            Button("Simpan"),
                                        ),
                                        tap=4,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Produk atau Jasa. Nama produk nasi kuning, "
                                        "kapasitas 20 kursi, punya sertifikat SNI: tidak, punya "
                                        "sertifikat halal: tidak. Tombol Simpan "
                                        "disorot; ketuk tombol itu."
                                    ),
                                ),
                                Step(
                                    title="Setujui pernyataan mandiri",
                                    html=(
                                        "<p>Baca <b>pernyataan mandiri</b> dengan teliti. Di "
                                        "dalamnya Anda berjanji memenuhi kewajiban usaha, "
                                        "misalnya menjaga keselamatan, kesehatan, dan lingkungan. "
                                        "Centang persetujuan, lalu ketuk <b>Simpan</b>.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Pernyataan Mandiri",
                                        items=(
                                            Line("Baca semua pernyataan sebelum menyetujui."),
                                            Field("Persetujuan", "Sudah membaca dan setuju"),
                                            Button("Simpan"),
                                        ),
                                        tap=2,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Pernyataan Mandiri. Tulisan: baca semua pernyataan "
                                        "sebelum menyetujui. Kotak persetujuan sudah dicentang: "
                                        "sudah membaca dan setuju. Tombol Simpan disorot; ketuk "
                                        "tombol itu."
                                    ),
                                ),
                                Step(
                                    title="NIB terbit: cetak atau unduh",
                                    html=(
                                        "<p>NIB Anda terbit. Periksa nama usaha dan nomornya, "
                                        "lalu ketuk <b>Cetak NIB</b> untuk membuka dokumennya. "
                                        "Simpan dokumen itu di ponsel.</p>"
                                    ),
                                    screen=Screen(
                                        app=APP,
                                        heading="Perizinan Berusaha",
                                        items=(
                                            Notice(
                                                "Selamat, NIB Anda sudah terbit.", tone="success"
                                            ),
                                            Field("NIB", "0000000000001"),
                                            Field("Nama Usaha", "Warung Makan Contoh"),
                                            Field("KBLI", "56102 Rumah/Warung Makan"),
                                            Button("Cetak NIB"),
                                        ),
                                        tap=4,
                                        color=OSS_COLOR,
                                    ),
                                    alt=(
                                        "Layar Perizinan Berusaha. Kotak hijau: selamat, NIB Anda "
                                        "sudah terbit. NIB 0000000000001, nama usaha Warung Makan "
                                        "Contoh, KBLI 56102 Rumah/Warung Makan. Tombol Cetak NIB "
                                        "disorot; ketuk tombol itu."
                                    ),
                                ),
                            ),
                        ),
                        Text(
                            "<h2>Setelah NIB terbit</h2>"
                            "<ul>"
                            "<li>Unduh dokumen NIB, simpan di ponsel, dan cetak satu lembar untuk "
                            "disimpan di tempat usaha.</li>"
                            "<li>Periksa sekali lagi nama, alamat, dan kode KBLI di dokumen "
                            "itu.</li>"
                            "<li>Jika tingkat risiko Anda bukan rendah, selesaikan kewajiban "
                            "tambahan yang ditunjukkan OSS sebelum usaha berjalan.</li>"
                            "<li>Bila usaha berubah, misalnya pindah alamat atau menambah jenis "
                            "usaha, perbarui data lewat akun OSS yang sama.</li>"
                            "</ul>"
                            "<p>Menu dan aturan perizinan bisa berubah. Untuk hal yang belum "
                            "jelas, baca panduan di oss.go.id atau tanyakan ke loket perizinan "
                            "di Mal Pelayanan Publik Balikpapan.</p>"
                        ),
                        URUTAN_NIB,
                    ),
                ),
            ),
        ),
    ),
)
