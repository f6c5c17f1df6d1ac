# Shortcuts for tasks.py, which does the real work (and also runs where make does not).
.PHONY: run test lint bundle
run:
	python3 tasks.py run
test:
	python3 tasks.py test
lint:
	python3 tasks.py lint
bundle:
	python3 tasks.py bundle
