import sys

from einclusie_app.cli import main  # absolute: this file is also the frozen bundle's entry

sys.exit(main())
