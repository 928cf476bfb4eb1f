"""The domain: service definitions, forms, workflows, cases. Pure Python, no Qt."""
