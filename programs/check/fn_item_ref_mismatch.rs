// A fn item whose parameter is a value where the adapter passes a reference (filter gives `&char`) fits
// no instance: E0631 as in rustc (rustle ran it with the reference read as the char).
fn main() {
    let s = "a1b2";
    let d: Vec<char> = s.chars().filter(char::is_alphabetic).collect(); //~ ERROR E0631
    println!("{:?}", d);
}
