struct Profile {
    name: String,
    bio: String,
}
fn main() {
    let p = Profile { name: String::from("kim"), bio: String::from("hi") };
    let taken = p.name;
    let again = p;
    println!("{} {}", taken, again.bio);
}
