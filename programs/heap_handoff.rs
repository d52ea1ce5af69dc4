// Data handed from one function to another through the heap: only the three-word handle moves.
fn make_greeting(name: &str) -> String {
    let mut g = String::from("Hello, ");
    g.push_str(name);
    g.push('!'); // @dump in make_greeting
    g
}

fn shout(mut text: String) -> String {
    text.push_str("!!");
    text
}

fn main() {
    let g = make_greeting("Ferris");
    println!("{} (capacity {})", g, g.capacity());
    let loud = shout(g); // @dump after shout
    println!("{} (capacity {})", loud, loud.capacity());
}
