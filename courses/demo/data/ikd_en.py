"""Course: activating the digital ID (Identitas Kependudukan Digital, IKD) in Balikpapan.

The English edition of `ikd.py`: it mirrors the Indonesian course item by item (the loader pairs
them string by string), so change both together. Screens stay in Indonesian, as the app is.
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

# --- Activities (the simulation's screens stay in Indonesian, as the app is) -------------------
KUIS_KTP_FISIK = MultipleChoice(
    title="Try it: IKD and the physical e-KTP",
    question=(
        "You now have the digital ID (IKD) on your phone. What about your physical e-KTP card?"
    ),
    options=(
        Choice(
            "It is still valid. Keep it safe and bring it when unsure.",
            correct=True,
            feedback=(
                "Right. The physical e-KTP stays valid, and not every office, bank or shop "
                "accepts the digital ID yet."
            ),
        ),
        Choice(
            "It is no longer valid, so you can throw it away.",
            feedback=(
                "Not quite. IKD does not replace the physical e-KTP. Your card stays valid and is "
                "still often asked for."
            ),
        ),
        Choice(
            "It must be returned to the kelurahan.",
            feedback=(
                "Not quite. Nothing needs to be returned. The physical e-KTP is still yours and "
                "still valid."
            ),
        ),
    ),
)

URUTAN_AKTIVASI = Ordering(
    title="Practice: the order of IKD activation",
    question="Put the steps of activating IKD in order, from first to last.",
    items=(
        "Install the official IKD app from Play Store or App Store",
        "Enter your NIK, email and phone number",
        "Take a selfie for face verification",
        "A kelurahan officer scans the QR code in the app",
        "Type the activation code sent to your email",
        "Create a PIN",
    ),
)

SIMULASI_AKTIVASI = AppSimulation(
    title="Simulation: activating IKD",
    app_name="IKD (example)",
    intro=(
        "Try the IKD activation steps on these imitation screens, which are in Indonesian like the "
        "app. Tap the right part of the screen, or type when asked. All data here is made up: do "
        "not type your own."
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
                "An app store screen. The search box (Cari) contains IKD Dukcapil. There are two "
                "results: IKD Aktivasi Cepat by Info KTP Online, and IKD by Ditjen Dukcapil."
            ),
            instruction="Choose the official IKD app from the search results.",
            hint=(
                "Look at the publisher under the app's name. The official app is by Ditjen "
                "Dukcapil."
            ),
            success=(
                "Right. The publisher is Ditjen Dukcapil. On a real phone, the next step is to "
                "tap Instal."
            ),
            labels=(
                "Search box (Cari)",
                "IKD Aktivasi Cepat, by Info KTP Online",
                "IKD, by Ditjen Dukcapil",
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
                "The IKD app's registration screen (Registrasi). The NIK box is still empty. The "
                "email box contains siti.contoh@contoh.id, the phone number box (Nomor HP) "
                "0812-0000-0001. Below them is the Lanjut (Continue) button."
            ),
            instruction=(
                "Type the example NIK of Siti Contoh: 6471000000000001. It is made up and belongs "
                "to no real person."
            ),
            hint="Type the 16 digits exactly as in the instruction: 6471000000000001.",
            success=(
                "The NIK is filled in. In the real app, type the NIK from your own e-KTP, then "
                "check it once more."
            ),
            answers=("6471000000000001",),
            labels=("NIK", "Email", "Phone number (Nomor HP)", "Lanjut (Continue)"),
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
                "The face verification screen (Verifikasi Wajah). It says: place your face inside "
                "the frame; take off your mask and glasses, find a bright place. Below are the "
                "Ambil Foto (Take photo) button and the Batal (Cancel) button."
            ),
            instruction=(
                "The app asks for a selfie to match against your e-KTP photo. Start taking the "
                "photo of your face."
            ),
            hint="Look for the button that takes the photo, not the one that cancels.",
            success="Well done. Your face is photographed and matched with your e-KTP data.",
            labels=("", "", "Ambil Foto (Take photo)", "Batal (Cancel)"),
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
                "An email inbox (Kotak Masuk) with three messages: Promo Toko Contoh from "
                "yesterday, Kode aktivasi IKD (IKD activation code) that just arrived, and Arisan "
                "RT Contoh from two days ago."
            ),
            instruction=(
                "You are at the kelurahan office. The officer has scanned the QR code in your "
                "app, and the activation code was sent to your email. Open that message."
            ),
            hint="Look for the message whose subject mentions the IKD activation code.",
            success=(
                "Exactly. The activation code is in this message. It is for you alone: do not "
                "read it out or send it to anyone."
            ),
            labels=(
                "Promo Toko Contoh, yesterday",
                "Kode aktivasi IKD (IKD activation code), just now",
                "Arisan RT Contoh, 2 days ago",
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
                "The activation code screen (Kode Aktivasi). It says: enter the activation code "
                "from your email. The code box is filled in. Below are the Aktivasi (Activate) "
                "button and the Batal (Cancel) button."
            ),
            instruction="You have typed the activation code from the email. Now activate IKD.",
            hint="The code box is filled in. Look for the button that activates IKD.",
            success="The code is accepted. One step left: setting your PIN.",
            labels=(
                "",
                "Activation code box (Kode aktivasi)",
                "Aktivasi (Activate)",
                "Batal (Cancel)",
            ),
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
                "The Set PIN screen (Buat PIN). Two boxes, PIN and Ulangi PIN (repeat PIN), both "
                "filled in and hidden by stars. Below them is the Simpan (Save) button."
            ),
            instruction="You have typed your PIN twice. Save it.",
            hint="Both PIN boxes are filled in. Look for the button that saves.",
            success=(
                "Done, your IKD is active! Remember: the PIN is for you alone. Not even the "
                "officer needs to know it."
            ),
            labels=("", "PIN", "Repeat PIN (Ulangi PIN)", "Simpan (Save)"),
        ),
    ),
)

KUIS_PENIPUAN = MultipleChoice(
    title="Practice: spotting IKD scams",
    question=(
        'Someone sends a WhatsApp message: "You can activate IKD from home." Which of these are '
        "signs of a scam? Choose all that apply."
    ),
    multiple_answers=True,
    options=(
        Choice(
            "You are asked to install an app from a link in the chat.",
            correct=True,
            feedback=(
                "Right, this is a sign of a scam. An app from a link can be fake. Install only "
                "from the official app store."
            ),
        ),
        Choice(
            "You are asked to tell them the activation code or your PIN.",
            correct=True,
            feedback="Right, this is a sign of a scam. The codes and the PIN are for you alone.",
        ),
        Choice(
            "You are offered activation by phone or WhatsApp.",
            correct=True,
            feedback=(
                "Right, this is a sign of a scam. In Balikpapan, IKD is activated only in person "
                "at the kelurahan office."
            ),
        ),
        Choice(
            "An officer at the kelurahan office scans the QR code in your app.",
            feedback=(
                "This is not a scam. Scanning the QR code is the official activation step, at the "
                "kelurahan office, with an officer."
            ),
        ),
    ),
)


COURSE = Course(
    slug="aktivasi-ikd",
    title="Activating your digital ID (IKD)",
    summary=(
        "Get to know the digital ID card (IKD), prepare your phone, then activate it with an "
        "officer at a kelurahan office in Balikpapan, without falling for scams."
    ),
    outcomes=(
        "Explain what IKD is and how it differs from the physical e-KTP card.",
        "Prepare your phone, email and phone number before going to the kelurahan.",
        "Register in the IKD app and complete activation with an officer.",
        "Recognise and refuse scams that use IKD activation as bait.",
    ),
    level="dasar",
    pillar="cakap",
    topic="kependudukan",
    minutes=37,
    checked_on=date(2026, 11, 20),
    keywords=(
        "digital ID, IKD, KTP digital, Identitas Kependudukan Digital, IKD activation, e-KTP, "
        "Dukcapil, kelurahan, Balikpapan, scam"
    ),
    cover=Cover(color="#0b5cab", label="IKD", icon="id"),
    modules=(
        Module(
            slug="mengenal-ikd",
            title="Getting to know and preparing IKD",
            lessons=(
                Lesson(
                    slug="apa-itu-ikd",
                    title="What is IKD?",
                    intro=(
                        "Meet the digital ID: what it holds, what it is for, and what stays the "
                        "same."
                    ),
                    minutes=7,
                    body=(
                        Text(
                            "<p>IKD stands for <b>Identitas Kependudukan Digital</b>, the digital "
                            "population identity. Many people call it the <i>digital KTP</i>. IKD "
                            "is the official app of the Directorate General of Population and "
                            "Civil Registration (Ditjen Dukcapil) of the Ministry of Home "
                            "Affairs. It holds the data of your electronic ID card (e-KTP), so "
                            "you can show who you are from your phone.</p>"
                            "<h2>What does it hold?</h2>"
                            "<ul>"
                            "<li>Your e-KTP data: NIK (ID number), name, place and date of birth, "
                            "address and photo.</li>"
                            "<li>Your family card (Kartu Keluarga, KK) data: who is registered in "
                            "one family with you.</li>"
                            "<li>Other population documents that are already linked. The list "
                            "may grow, so look at the menu in your app.</li>"
                            "</ul>"
                            "<h2>What is it for?</h2>"
                            "<p>You almost always carry your phone, so your ID goes with you. The "
                            "data in IKD comes from Dukcapil's records, so it changes when your "
                            "record at Dukcapil is updated, for example after you move house. "
                            "Some services have also started to accept IKD instead of a "
                            "photocopy of your KTP.</p>"
                            "<h2>What stays the same?</h2>"
                            "<p>Your physical e-KTP card is still valid. Keep it safe, because "
                            "not every office, bank or shop accepts the digital ID yet. If in "
                            "doubt, bring both.</p>"
                            "<p>Only residents whose e-KTP has already been recorded can get IKD. "
                            "Recording for the e-KTP (photo, fingerprints, signature) is still "
                            "done in person at a service office.</p>"
                        ),
                        Callout(
                            kind="tip",
                            title="IKD activation is free of charge",
                            html=(
                                "<p>Population document services, including IKD activation, are "
                                "free. If anyone asks you to pay to activate IKD, refuse and tell "
                                "an officer at the kelurahan.</p>"
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
                                "Example of the digital ID screen in the IKD app. At the top is "
                                "the name SITI CONTOH. Below it are the boxes NIK "
                                "6471000000000001, place and date of birth Balikpapan "
                                "01-01-1990, address Jl. Contoh No. 1, then a Kartu Keluarga "
                                "(family card) row with 4 members."
                            ),
                            caption=(
                                "An example of the digital ID. All the data here is made up, not "
                                "a real person's."
                            ),
                        ),
                        KUIS_KTP_FISIK,
                    ),
                ),
                Lesson(
                    slug="persiapan-dan-pendaftaran",
                    title="Getting ready and registering in the app",
                    intro=(
                        "Prepare your phone, email and phone number, then register in the IKD app "
                        "before you go to the kelurahan."
                    ),
                    minutes=12,
                    body=(
                        Text(
                            "<p>Activation goes faster if everything is ready before you leave "
                            "for the kelurahan. Check the following first.</p>"
                            "<h2>What you need</h2>"
                            "<ul>"
                            "<li>Your <b>physical e-KTP</b>, already recorded.</li>"
                            "<li>An Android <b>phone</b> or iPhone with a working front "
                            "camera.</li>"
                            "<li><b>An email address of your own</b> that you can open on that "
                            "phone. The activation code will be sent to this address.</li>"
                            "<li><b>An active phone number</b>, with its SIM card in that "
                            "phone.</li>"
                            "<li><b>Mobile data</b> or a Wi-Fi connection.</li>"
                            "</ul>"
                            "<p>You can download the app at home, or through one of the free "
                            "public Wi-Fi points found in many places in Balikpapan. Once it is "
                            "installed, register as shown in the steps below.</p>"
                        ),
                        Steps(
                            title="Registering in the IKD app",
                            steps=(
                                Step(
                                    title="Install the official app",
                                    html=(
                                        "<p>Open the Play Store (Android) or the App Store "
                                        "(iPhone) and search for <b>IKD Dukcapil</b>. Choose the "
                                        "<b>IKD</b> app (Identitas Kependudukan Digital) published "
                                        "by Ditjen Dukcapil, then tap <b>Instal</b> "
                                        "(Install).</p>"
                                        "<p>Never install an IKD app from a link in a WhatsApp "
                                        "message or a text message. Such an app may be fake.</p>"
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
                                        "App store screen. The search box contains IKD "
                                        "Dukcapil. Below it is the result: the IKD app, published "
                                        "by Ditjen Dukcapil. The Instal (Install) button is "
                                        "highlighted; tap it."
                                    ),
                                ),
                                Step(
                                    title="Enter your NIK, email and phone number",
                                    html=(
                                        "<p>Open the IKD app. Type your NIK (the 16 digits on "
                                        "your e-KTP), your email address and your own phone "
                                        "number. Check them once more, then tap <b>Lanjut</b> "
                                        "(Continue).</p>"
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
                                        "The Registrasi (registration) screen of the IKD app "
                                        "with three boxes: NIK 6471000000000001, email "
                                        "siti.contoh@contoh.id and phone number 0812-0000-0001. "
                                        "The Lanjut (Continue) button below is highlighted; tap "
                                        "it."
                                    ),
                                ),
                                Step(
                                    title="Face check (selfie)",
                                    html=(
                                        "<p>The app asks you to take a photo of your own face, "
                                        "to match it with the photo in your e-KTP record. Find a "
                                        "bright place, take off your mask and glasses, and follow "
                                        "the instructions on the screen.</p>"
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
                                        "The Verifikasi Wajah (face check) screen. It says: place "
                                        "your face inside the frame; take off your mask and "
                                        "glasses, find a bright place. The Ambil Foto (Take "
                                        "photo) button is highlighted; tap it."
                                    ),
                                ),
                                Step(
                                    title="Continue the activation at the kelurahan",
                                    html=(
                                        "<p>If your face matches, the app asks you to continue the "
                                        "activation with an officer. In Balikpapan this step is "
                                        "done in person at the kelurahan office. The next lesson "
                                        "explains how.</p>"
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
                                        "The Aktivasi (activation) screen. A green box says the "
                                        "face check succeeded. Below it: continue the activation "
                                        "with an officer, and the place of the activation QR "
                                        "code. Nothing needs to be tapped."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Use your own email and phone number",
                            html=(
                                "<p>The activation code is sent to the email address you "
                                "register. Do not use the email of your child, a neighbour or the "
                                "phone shop assistant, even if they help you install the app. "
                                "Anyone who can open that email can see your code.</p>"
                                "<p>If you do not have an email address yet, make one first and "
                                "keep its password somewhere safe.</p>"
                            ),
                        ),
                        Document(
                            title="Checklist before going to the kelurahan",
                            description=(
                                "One page to print or keep: check everything before you go to "
                                "activate IKD."
                            ),
                            filename="ikd-activation-checklist.pdf",
                            heading="Before IKD activation at the kelurahan",
                            lines=(
                                "Physical e-KTP with me",
                                "Phone battery full, mobile data available",
                                "Official IKD app installed",
                                "Registered with NIK, email, phone number",
                                "Face check succeeded",
                                "Email opens on this phone",
                                "I remember my email password",
                                "Active phone number is in this phone",
                                "PIN thought of: not my date of birth",
                                "Asked the kelurahan for opening hours",
                                "Remember: activation only in person there",
                            ),
                        ),
                        URUTAN_AKTIVASI,
                    ),
                ),
            ),
        ),
        Module(
            slug="aktivasi-dan-keamanan",
            title="Activation and safety",
            lessons=(
                Lesson(
                    slug="aktivasi-di-kelurahan",
                    title="Activating with an officer at the kelurahan",
                    intro=(
                        "Finish IKD activation at the kelurahan office: the QR code, the "
                        "activation code from your email, then your PIN."
                    ),
                    minutes=10,
                    body=(
                        Text(
                            "<p>In Balikpapan, IKD activation is done <b>in person at the "
                            "kelurahan office</b>, with an officer. Bring your physical e-KTP and "
                            "the phone you used to register. It is a good idea to ask your "
                            "kelurahan for its opening hours first.</p>"
                            "<p>Tell the officer that you want to activate IKD. The officer will "
                            "check your identity and scan the QR code in your app. After that, "
                            "you finish the last steps on your phone yourself.</p>"
                        ),
                        Steps(
                            title="Activation steps",
                            steps=(
                                Step(
                                    title="Show the QR code to the officer",
                                    html=(
                                        "<p>Open the IKD app. The activation screen shows a QR "
                                        "code. Show that screen to the kelurahan officer and let "
                                        "them scan it.</p>"
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
                                        "The Aktivasi (activation) screen of the IKD app. It "
                                        "says: show this QR code to the officer. Below it is the "
                                        "QR code, then a red box: do not send a photo of this QR "
                                        "code to anyone. Nothing needs to be tapped; the officer "
                                        "scans it."
                                    ),
                                ),
                                Step(
                                    title="Open your email and find the activation code",
                                    html=(
                                        "<p>Once the QR code is scanned, an activation code is "
                                        "sent to your email. Open the email app on your phone and "
                                        "tap the message about the IKD activation code.</p>"
                                        "<p>Not in your inbox? Look in the Spam or Promotions "
                                        "folder, and wait a few minutes.</p>"
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
                                        "An email inbox with three messages. The top message, "
                                        "Kode aktivasi IKD (IKD activation code), just now, is "
                                        "highlighted; tap it. The two other messages are from "
                                        "yesterday and two days ago."
                                    ),
                                ),
                                Step(
                                    title="Enter the activation code",
                                    html=(
                                        "<p>Go back to the IKD app. Type the activation code from "
                                        "the email carefully, then tap <b>Aktivasi</b> "
                                        "(Activate). This code is for you alone: do not read it "
                                        "out or send it to anyone.</p>"
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
                                        "The Kode Aktivasi (activation code) screen. It says: "
                                        "enter the activation code from your email. The code box "
                                        "holds an example. The Aktivasi (Activate) button is "
                                        "highlighted; tap it."
                                    ),
                                ),
                                Step(
                                    title="Create a PIN",
                                    html=(
                                        "<p>Create a PIN to open IKD, then type it once more to "
                                        "confirm. Choose digits that are easy for you to remember "
                                        "but hard for others to guess: not your date of birth, "
                                        "and not a run of digits like 123456.</p>"
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
                                        "The Buat PIN (create a PIN) screen. Two boxes, PIN and "
                                        "repeat PIN, both hidden behind asterisks. The Simpan "
                                        "(Save) button is highlighted; tap it."
                                    ),
                                ),
                                Step(
                                    title="Done: your digital ID appears",
                                    html=(
                                        "<p>Activation succeeded. Your digital ID now appears in "
                                        "the app. Check that your name, NIK and address are "
                                        "right. If something is wrong, ask the officer while you "
                                        "are still at the kelurahan.</p>"
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
                                        "The Beranda (home) screen of the IKD app. A green box: "
                                        "activation succeeded. Below it are the name SITI "
                                        "CONTOH, NIK 6471000000000001 and a Kartu Keluarga "
                                        "(family card) row with 4 members. Nothing needs to be "
                                        "tapped."
                                    ),
                                ),
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Your PIN and activation code are for you alone",
                            html=(
                                "<p>The kelurahan officer does not need to know your PIN. Type "
                                "the activation code and the PIN on your phone yourself.</p>"
                                "<ul>"
                                "<li>Do not write your PIN on the back of your phone case or in "
                                "your wallet.</li>"
                                "<li>Never tell your PIN or activation code to anyone, including "
                                "people who say they are officers.</li>"
                                "</ul>"
                            ),
                        ),
                        Text(
                            "<h2>If something goes wrong</h2>"
                            "<ul>"
                            "<li><b>The activation code does not arrive:</b> look in the Spam "
                            "folder, make sure the email address you registered is right, then "
                            "ask the officer.</li>"
                            "<li><b>Your face does not match:</b> try again in a brighter place, "
                            "without a mask or glasses.</li>"
                            "<li><b>You forgot your PIN:</b> look at the options on the app's "
                            "sign-in screen, or ask at the kelurahan.</li>"
                            "<li><b>A new phone:</b> ask at the kelurahan before the old phone is "
                            "sold or given to someone else.</li>"
                            "</ul>"
                            "<p>Menus and wording in the app may change after an update. If your "
                            "screen looks different from the examples here, follow the "
                            "instructions in the app or ask an officer.</p>"
                        ),
                        SIMULASI_AKTIVASI,
                    ),
                    completion="passed",
                ),
                Lesson(
                    slug="waspada-penipuan-ikd",
                    title="Beware of scams in the name of IKD",
                    intro=(
                        "In Balikpapan, IKD is activated only in person at the kelurahan office. "
                        "Learn to spot scammers who offer activation by phone or WhatsApp."
                    ),
                    minutes=8,
                    body=(
                        Text(
                            "<p>Because many people are setting up their digital ID, scammers "
                            "take advantage of it too. They call or send messages, pretend to be "
                            "officers from Dukcapil or the kelurahan, and offer to help you "
                            "activate from home.</p>"
                            "<p><b>Remember this one thing: in Balikpapan, IKD is activated only "
                            "in person at the kelurahan office, with an officer. Never by phone, "
                            "WhatsApp, text message or link.</b> Anyone who offers activation any "
                            "other way is a scammer.</p>"
                            "<h2>Signs of a scam</h2>"
                            "<ul>"
                            "<li>An unknown number contacts you first, often with a profile "
                            "picture showing a government logo.</li>"
                            "<li>You are asked to install an app from a link or from a file "
                            "ending in <i>.apk</i> sent in a chat.</li>"
                            "<li>You are asked to tell them an OTP code, activation code or "
                            "PIN.</li>"
                            "<li>You are asked to send a photo of your e-KTP, or a selfie holding "
                            "your e-KTP.</li>"
                            "<li>You are rushed: <i>it must be today</i>, <i>or your KTP will be "
                            "blocked</i>, or you are asked to pay a fee.</li>"
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
                                "Example of a scam message in a chat app from the number +62 "
                                "812-0000-0099. A red box says, in Indonesian: IKD activation "
                                "can be done from home, install the app from this link and send "
                                "the code you receive. Below it in bold: this is a scam, do not "
                                "reply. The Blokir dan laporkan (Block and report) button is "
                                "highlighted."
                            ),
                            caption=(
                                "An example of a scam message (the number and text are made up). "
                                "Messages like this never come from the kelurahan."
                            ),
                        ),
                        Callout(
                            kind="safety",
                            title="Never",
                            html=(
                                "<ul>"
                                "<li>tell anyone your OTP code, activation code or PIN;</li>"
                                "<li>install an app from a link or file sent in a chat;</li>"
                                "<li>send a photo of your e-KTP, or a selfie with your e-KTP, to "
                                "someone you have not met in person at a service office;</li>"
                                "<li>transfer money for IKD activation, because the service is "
                                "free.</li>"
                                "</ul>"
                            ),
                        ),
                        Text(
                            "<h2>If you already responded</h2>"
                            "<ol>"
                            "<li>Stop the conversation, then block and report the number through "
                            "the menu of your chat app.</li>"
                            "<li>If you installed an app from a link, delete it and turn off "
                            "mobile data, then ask a person or a repair shop you trust for "
                            "help.</li>"
                            "<li>Change your email password from a safe phone.</li>"
                            "<li>If you use a banking app, call your bank on the official number "
                            "printed on your ATM card or savings book.</li>"
                            "<li>Go to the kelurahan office and tell them what happened.</li>"
                            "</ol>"
                            "<h2>Help your family stay alert</h2>"
                            "<p>Parents and neighbours who rarely use a phone are targeted most "
                            "often. Give them one simple sentence: <i>IKD activation happens only "
                            "at the kelurahan office, never by phone or WhatsApp</i>.</p>"
                        ),
                        KUIS_PENIPUAN,
                    ),
                ),
            ),
        ),
    ),
    translation_of="aktivasi-ikd",
)
