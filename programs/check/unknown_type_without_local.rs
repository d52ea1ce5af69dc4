// A value whose type nothing fixes and that no local holds is rustc's "type annotations needed" at the
// generic item (rustle crashed on these); a trait function whose Self nothing gives is E0790.
trait Make {
    fn make() -> Self;
}

impl Make for i32 {
    fn make() -> Self {
        7
    }
}

fn id<T>() -> Option<T> {
    None
}

fn printed_none() {
    println!("{:?}", None); //~ ERROR E0282
}

fn statement() {
    Vec::new(); //~ ERROR E0282
}

fn argument() {
    drop(Vec::new()); //~ ERROR E0282
}

fn generic_fn() {
    println!("{:?}", id()); //~ ERROR E0282
}

fn parsed() {
    println!("{}", "5".parse().unwrap()); //~ ERROR E0284
}

fn collected(v: &[i32]) {
    println!("{:?}", v.iter().map(|x| x * 2).collect()); //~ ERROR E0283
}

fn default_value() {
    let d = Default::default(); //~ ERROR E0790
    println!("{}", d);
}

fn made() {
    println!("{}", Make::make()); //~ ERROR E0790
}

fn main() {
    printed_none();
    statement();
    argument();
    generic_fn();
    parsed();
    collected(&[1]);
    default_value();
    made();
}
