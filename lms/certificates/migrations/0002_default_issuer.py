"""The city is the default issuer, so that a fresh installation issues certificates at once. Its
signatory is the head of the city's communication and informatics office; admins change it in
the admin (Settings → Certificate issuers)."""

from django.db import migrations


def create_default_issuer(apps, schema_editor):
    Issuer = apps.get_model("certificates", "Issuer")
    if Issuer.objects.filter(is_default=True).exists():
        return
    Issuer.objects.create(
        name="Pemerintah Kota Balikpapan",
        url="https://balikpapan.go.id",
        signatory_name="Kepala Dinas Komunikasi dan Informatika",
        signatory_title="Kota Balikpapan",
        is_default=True,
    )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial")]

    operations = [migrations.RunPython(create_default_issuer, migrations.RunPython.noop)]
