"""Our own components for Rasa's NLU pipeline (they run inside the Rasa server's environment)."""
