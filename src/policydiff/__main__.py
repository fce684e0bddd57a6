from policydiff.cli import main
raise SystemExit(main())
