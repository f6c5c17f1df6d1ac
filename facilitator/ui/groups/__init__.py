"""The Groups stage: group rounds, the board, the solver, projector and printouts."""
