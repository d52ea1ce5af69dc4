// Bindings annotated `'static` that hold only what lives that long (literals, promoted constants,
// statics, `'static` references copied out of a local collection, moved captures) are accepted, as in
// rustc; a borrow of a local stored in one is E0597 (see check/static_annotated_borrow.rs).
static GREETING: &str = "hello";
const DIGITS: [u8; 3] = [1, 2, 3];

fn pick(flag: bool) -> &'static str {
    let chosen: &'static str = if flag { "yes" } else { "no" };
    chosen
}

fn main() {
    let lit: &'static str = "lit";
    let five: &'static i32 = &5;
    let arr: &'static [i32] = &[1, 2, 3];
    let g: &'static str = GREETING;
    let d: &'static [u8] = &DIGITS;
    println!("{} {} {:?} {} {:?} {}", lit, five, arr, g, d, pick(true));

    let text: &'static str = "a b c";
    let words: Vec<&'static str> = text.split(' ').collect();
    let first: &'static str = words[0];
    let second: &'static str = *words.get(1).unwrap();
    let last: &'static str = words.iter().copied().last().unwrap();
    println!("{} {} {} {}", first, second, last, words.len());
    let through: &'static str = (&words)[0];
    let opt: Option<&'static str> = Some("o");
    let matched: &'static str = match &opt {
        Some(v) => *v,
        None => "",
    };
    println!("{} {}", through, matched);

    let mut names: Vec<&'static str> = Vec::new();
    names.push("ann");
    names.push(g);
    println!("{:?}", names);

    let k = 7;
    let f: Box<dyn Fn() -> i32 + 'static> = Box::new(move || k * 2);
    println!("{}", f());
    let owned = String::from("kept");
    let h: Box<dyn Fn() -> usize + 'static> = Box::new(move || owned.len());
    println!("{}", h());
}
