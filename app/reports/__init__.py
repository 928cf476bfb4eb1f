"""Documents and reports (reportlab). No Qt."""
