/// How much an agreement adds to each tie it creates.
///
/// `count` (the default) adds 1, so a tie's weight is the number of agreements behind it and a
/// 27-party declaration adds as much to each of its 351 ties as a bilateral agreement adds to
/// its one. `newman` (Newman 2001, for co-authorship) adds 1/(n − 1) to each tie of an agreement
/// with n parties in the view (counted parties after roll-up), so each party of an agreement
/// gets 1 in total from it, whatever the agreement's size.
public enum TieWeighting: String, Sendable, Hashable, CaseIterable {
  case count, newman
}
