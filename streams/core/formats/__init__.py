"""Format parsers: one module per wire format, behind ``base.Parser``, ordered in ``registry``."""
