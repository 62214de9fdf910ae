# The benefits command.
benefits-already-binding-for-this-organisation = Already binding for this organisation:
benefits-what-certification-unlocks = what certification unlocks
benefits-uncertified = Uncertified
benefits-certified = Certified
benefits-general-title = What certification unlocks
benefits-note-line = Note: { $text } { $cite }
benefits-binding = - { $problem } → { $fix } { $cite }
benefits-binding-with-cost = - { $problem } → { $fix } (cost { $cost } CNY) { $cite }
