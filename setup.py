"""Build hook: put the data files of resources/ into the package (desktop/resources) and compile the
translation catalogues (i18n/*.ts) beside them (desktop/resources/i18n/*.qm). The .ts sources are shipped
too: zhospar-cli reads its sentences from them, as it must not load Qt to read the .qm files."""
import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _catalogs_module():
    # Loaded by path so the build does not import the desktop package and its dependencies.
    spec = importlib.util.spec_from_file_location("_zhospar_catalogs", HERE / "desktop" / "catalogs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithCatalogs(build_py):
    def run(self):
        super().run()
        packaged = Path(self.build_lib) / "desktop" / "resources"
        if packaged.exists():
            shutil.rmtree(packaged)
        shutil.copytree(HERE / "resources", packaged, ignore=shutil.ignore_patterns("*.qm"))
        _catalogs_module().compile_catalogs(HERE / "i18n", packaged / "i18n")
        for source in sorted((HERE / "i18n").glob("zhospar_*.ts")):
            shutil.copy2(source, packaged / "i18n" / source.name)


setup(cmdclass={"build_py": BuildWithCatalogs})
