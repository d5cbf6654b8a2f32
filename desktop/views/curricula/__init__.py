"""The working-curriculum screens: the list, the editor with its live rule check, the week grid."""
