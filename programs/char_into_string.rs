// std's `impl From<char> for String` reached by `.into()`, as well as by `String::from`.
fn initial(word: &str) -> String {
    word.chars().next().unwrap().into()
}
fn main() {
    let s: String = 'x'.into();
    let c = 'é';
    let t: String = c.into();
    let v: Vec<String> = vec!['a'.into(), "b".into()];
    println!("{} {} {:?} {} {}", s, t, v, String::from('z'), initial("red"));
}
