// An unlabeled break in a `while` condition is rejected (E0590): it must name the loop.
fn main() {
    while break {} //~ ERROR E0590
}
