"""The form renderer: a case's form built from its service definition.

:class:`FormView` is what the case view embeds; :class:`ReferenceLookup` is what it needs
from the caller to find register records (the form itself reads no database).
"""

from app.ui.form.reference import ReferenceLookup
from app.ui.form.view import FormView

__all__ = ["FormView", "ReferenceLookup"]
