"""The foundation of the portal: what every page app (news, gallery, and the
apps to come) stands on. It imports no other app of the project."""
