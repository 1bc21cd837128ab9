from factcheck.cli import main

main()
