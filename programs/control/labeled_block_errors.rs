// Only a labeled break leaves a labeled block: an unlabeled one (E0695) or a `continue` naming the
// block (E0696) is rejected.
fn main() {
    for i in 0..3 {
        'body: {
            if i == 1 {
                break; //~ ERROR E0695
            }
            if i == 2 {
                continue 'body; //~ ERROR E0696
            }
            println!("{}", i);
        }
    }
}
