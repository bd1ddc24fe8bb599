"""Apps depend downward only (README "Layout", DESIGN.md "Where things live"),
and a production install runs every command it lists with requirements.txt alone.

The import graph is read from the source (``ast``), not from what happens to
be imported at run time, so an import inside a function counts too.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Lower floors first. An app may import apps on lower floors only; two apps on
# one floor do not import each other.
FLOORS = [
    {"security"},  # machinery: login limits, headers, uploads
    {"ops"},  # machinery: page cache, health, backups, recycle bin, editorial setup
    {"portal"},  # the foundation of every page
    {"news", "gallery"},  # page apps
    {"search"},  # searches the page apps
    {"home"},  # the roof: home page, standard pages, site settings
    {"communes"},  # many communes: create_commune_site, sections, archives, admin isolation
    {"demo", "devtools"},  # fill and measure the site
    {"tamdai_site"},  # settings, URLs, WSGI
]
# Only these may import home (the roof). communes builds a commune's tree and
# settings, which are home's models (HomePage, StandardPage, PortalSettings).
HOME_IMPORTERS = {"tamdai_site", "demo", "communes"}


def floor_of(app):
    for number, apps in enumerate(FLOORS):
        if app in apps:
            return number
    return None


def project_imports(root):
    """``[(importer app, imported app, file, line, at module level)]`` for every
    import of one project app by another, read from the source under ``root``."""
    apps = {app for floor in FLOORS for app in floor}
    found = []
    for app in sorted(apps):
        for path in sorted((root / app).rglob("*.py")) if (root / app).is_dir() else ():
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            in_functions = {
                id(inner)
                for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                for inner in ast.walk(node)
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                else:
                    continue
                for name in names:
                    target = name.split(".")[0]
                    if target in apps and target != app:
                        found.append((app, target, path.relative_to(root), node.lineno, id(node) not in in_functions))
    return found


def layering_problems(root):
    problems = []
    for importer, imported, path, line, at_module_level in project_imports(root):
        where = f"{path}:{line}: {importer} imports {imported}"
        if floor_of(imported) >= floor_of(importer):
            problems.append(f"{where} (not on a lower floor)")
        if imported == "home" and importer not in HOME_IMPORTERS:
            problems.append(f"{where} (only {sorted(HOME_IMPORTERS)} may import home)")
        if not at_module_level:
            problems.append(f"{where} inside a function (import at the top of the module)")
    return problems


def test_every_project_app_has_a_floor():
    apps_on_disk = {
        path.parent.name
        for path in ROOT.glob("*/apps.py")
    }
    assert apps_on_disk - {app for floor in FLOORS for app in floor} == set()


def test_apps_import_only_apps_below_them():
    assert layering_problems(ROOT) == []


def test_home_is_imported_only_by_urls_and_the_demo():
    importers = {importer for importer, imported, *_ in project_imports(ROOT) if imported == "home"}
    assert importers <= HOME_IMPORTERS
    assert {path for importer, imported, path, *_ in project_imports(ROOT)
            if imported == "home" and importer == "tamdai_site"} == {Path("tamdai_site/urls.py")}


def test_the_check_finds_an_upward_import_a_cycle_and_a_hidden_import(tmp_path):
    """The check above would fail on a cycle: shown on a small tree."""
    for app, source in {
        "portal": "from news.models import NewsArticlePage\n",  # upward (and a cycle with news)
        "news": "from portal.models import PortalPage\n",
        "gallery": "def f():\n    from search import views\n",  # upward, inside a function
        "ops": "if True:\n    from security import headers\n",  # conditional, at module level: fine
        "search": "from home.models import HomePage\n",  # home imported from below
    }.items():
        (tmp_path / app).mkdir()
        (tmp_path / app / "models.py").write_text(source, encoding="utf-8")
    problems = "\n".join(layering_problems(tmp_path))
    assert "portal imports news (not on a lower floor)" in problems
    assert "gallery imports search (not on a lower floor)" in problems
    assert "gallery imports search inside a function" in problems
    assert "search imports home (not on a lower floor)" in problems
    assert "news imports portal" not in problems
    assert "ops imports security" not in problems


# --- A production install ------------------------------------------------------

DEV_ONLY_MODULES = ["polib", "pytest", "pytest_django", "playwright", "axe_playwright_python", "freezegun"]

# Runs under production settings with the dev-only packages made unimportable,
# as on a server where only requirements.txt was installed.
PRODUCTION_SCRIPT = """
import sys

class DevOnly:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ImportError(f"{{name}} is in requirements-dev.txt only")

sys.meta_path.insert(0, DevOnly())
for name in list(sys.modules):
    if name.split(".")[0] in {blocked!r}:
        del sys.modules[name]

import django
from django.core.management import call_command, get_commands, load_command_class

django.setup()
call_command("migrate", verbosity=0)
call_command("check", deploy=True, fail_level="WARNING")
commands = get_commands()
for name, app in sorted(commands.items()):
    load_command_class(app, name).create_parser("manage.py", name)
print("commands:", " ".join(sorted(commands)))
"""


def test_a_production_install_runs_migrate_check_deploy_and_loads_every_command(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        DJANGO_SETTINGS_MODULE="tamdai_site.settings.production",
        SECRET_KEY="x" * 64 + "-production-secret-for-the-check-only",
        ALLOWED_HOSTS="tamdai.example.vn",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    script = PRODUCTION_SCRIPT.format(blocked=set(DEV_ONLY_MODULES))
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    listed = result.stdout.split("commands:", 1)[1].split()
    # The operator's commands are there; the developer tools are not.
    for command in ["load_demo_content", "setup_editorial", "create_commune_site", "ensure_admin", "backup_site",
                    "restore_site", "purge_deleted_pages", "publish_scheduled", "update_index"]:
        assert command in listed
    for command in ["check_translations", "bench_search", "bench_random_photos"]:
        assert command not in listed


@pytest.mark.parametrize("module", DEV_ONLY_MODULES)
def test_dev_only_modules_are_not_in_requirements_txt(module):
    runtime = (ROOT / "requirements.txt").read_text(encoding="utf-8").lower().replace("-", "_")
    assert f"\n{module}==" not in runtime
