"""What needs Qt's painting but no window: the handout, QR codes, pictograms."""
