from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conference_reporting import ConferenceReporting
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference_links import ConferenceLinks
    from ..models.fund import Fund
    from ..models.industry import Industry
    from ..models.money import Money
    from ..models.official import Official
    from ..models.person import Person
    from ..models.programme import Programme
    from ..models.reported_figure import ReportedFigure
    from ..models.source import Source


T = TypeVar("T", bound="Conference")


@_attrs_define
class Conference:
    """
    Attributes:
        city (str): Host city.
        date (datetime.date): Day held, or the first day (ISO 8601).
        edition (int): Edition number (1 for the first time it was held).
        end_date (datetime.date | None): Last day, when it ran over several days. Null for one day or when not reported.
        funds (list[Fund]): Funds, credit lines and policy packages announced, with their amounts.
        id (str): Stable identifier (slug).
        industry_track_ids (list[str]): Key industry chains or tracks announced, as far as the sources name them. Ids in
            /v1/industries.
        industry_tracks_count (int | None): Number of key industry chains or tracks announced. Null when the source does
            not report it.
        links (ConferenceLinks):
        name (str): Conference name.
        name_zh (None | str): Chinese name as printed. Null when the source does not report it.
        new_industrial_parks_count (int | None): Number of new industrial parks announced. Null when the source does not
            report it.
        official_ids (list[str]): Officials reported present (the people of `official_roles`). Ids in /v1/people.
        official_roles (list[Official]): Officials reported present, with their roles at the time.
        organizer_ids (list[str]): Organisers a source names as such. Ids in /v1/organizations.
        policies_count (int | None): Number of policy measures announced. Null when the source does not report it.
        programmes (list[Programme]): Programmes, platforms and plans launched or leveraged at the conference.
        projects_started_count (int | None): Number of projects starting construction at the conference. Null when the
            source does not report it.
        projects_started_value (Money | None): Total value of the projects starting construction. Null when the source
            does not report it.
        reported_figures (list[ReportedFigure]): Every value the sources report for a headline figure, with its source;
            where they disagree, `headline` marks the value the headline field shows and `headline_reason` says why.
        reporting (ConferenceReporting):
        signed_projects_count (int | None): Number of investment projects signed. Null when the source does not report
            it.
        signed_value (Money | None): Total value of the signed projects, in the currency reported. Null when the source
            does not report it.
        signed_value_usd (Money | None): The US$ figure for the signed value exactly as printed (never converted). Null
            when the source does not report it.
        sources (list[Source]): Quotes of the source documents supporting this record.
        strategic_industry_ids (list[str]): Strategic industries the signed projects cover. Ids in /v1/industries.
        theme (None | str): Theme as printed in English. Null when the source does not report it.
        theme_zh (None | str): Theme as printed in Chinese. Null when the source does not report it.
        venue (None | str): Venue, by its English name. Null when the source does not report it.
        venue_zh (None | str): Venue as printed in Chinese. Null when the source does not report it.
        year (int): Year held.
        industry_tracks (list[Industry] | Unset): Present only with `expand=industry_tracks`: the records of
            `industry_track_ids`, inlined in the same order. Inlined records are not expanded further.
        officials (list[Person] | Unset): Present only with `expand=officials`: the records of `official_ids`, inlined
            in the same order. Inlined records are not expanded further.
        strategic_industries (list[Industry] | Unset): Present only with `expand=strategic_industries`: the records of
            `strategic_industry_ids`, inlined in the same order. Inlined records are not expanded further.
    """

    city: str
    date: datetime.date
    edition: int
    end_date: datetime.date | None
    funds: list[Fund]
    id: str
    industry_track_ids: list[str]
    industry_tracks_count: int | None
    links: ConferenceLinks
    name: str
    name_zh: None | str
    new_industrial_parks_count: int | None
    official_ids: list[str]
    official_roles: list[Official]
    organizer_ids: list[str]
    policies_count: int | None
    programmes: list[Programme]
    projects_started_count: int | None
    projects_started_value: Money | None
    reported_figures: list[ReportedFigure]
    reporting: ConferenceReporting
    signed_projects_count: int | None
    signed_value: Money | None
    signed_value_usd: Money | None
    sources: list[Source]
    strategic_industry_ids: list[str]
    theme: None | str
    theme_zh: None | str
    venue: None | str
    venue_zh: None | str
    year: int
    industry_tracks: list[Industry] | Unset = UNSET
    officials: list[Person] | Unset = UNSET
    strategic_industries: list[Industry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.money import Money

        city = self.city

        date = self.date.isoformat()

        edition = self.edition

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        funds = []
        for funds_item_data in self.funds:
            funds_item = funds_item_data.to_dict()
            funds.append(funds_item)

        id = self.id

        industry_track_ids = self.industry_track_ids

        industry_tracks_count: int | None
        industry_tracks_count = self.industry_tracks_count

        links = self.links.to_dict()

        name = self.name

        name_zh: None | str
        name_zh = self.name_zh

        new_industrial_parks_count: int | None
        new_industrial_parks_count = self.new_industrial_parks_count

        official_ids = self.official_ids

        official_roles = []
        for official_roles_item_data in self.official_roles:
            official_roles_item = official_roles_item_data.to_dict()
            official_roles.append(official_roles_item)

        organizer_ids = self.organizer_ids

        policies_count: int | None
        policies_count = self.policies_count

        programmes = []
        for programmes_item_data in self.programmes:
            programmes_item = programmes_item_data.to_dict()
            programmes.append(programmes_item)

        projects_started_count: int | None
        projects_started_count = self.projects_started_count

        projects_started_value: dict[str, Any] | None
        if isinstance(self.projects_started_value, Money):
            projects_started_value = self.projects_started_value.to_dict()
        else:
            projects_started_value = self.projects_started_value

        reported_figures = []
        for reported_figures_item_data in self.reported_figures:
            reported_figures_item = reported_figures_item_data.to_dict()
            reported_figures.append(reported_figures_item)

        reporting = self.reporting.value

        signed_projects_count: int | None
        signed_projects_count = self.signed_projects_count

        signed_value: dict[str, Any] | None
        if isinstance(self.signed_value, Money):
            signed_value = self.signed_value.to_dict()
        else:
            signed_value = self.signed_value

        signed_value_usd: dict[str, Any] | None
        if isinstance(self.signed_value_usd, Money):
            signed_value_usd = self.signed_value_usd.to_dict()
        else:
            signed_value_usd = self.signed_value_usd

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        strategic_industry_ids = self.strategic_industry_ids

        theme: None | str
        theme = self.theme

        theme_zh: None | str
        theme_zh = self.theme_zh

        venue: None | str
        venue = self.venue

        venue_zh: None | str
        venue_zh = self.venue_zh

        year = self.year

        industry_tracks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.industry_tracks, Unset):
            industry_tracks = []
            for industry_tracks_item_data in self.industry_tracks:
                industry_tracks_item = industry_tracks_item_data.to_dict()
                industry_tracks.append(industry_tracks_item)

        officials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.officials, Unset):
            officials = []
            for officials_item_data in self.officials:
                officials_item = officials_item_data.to_dict()
                officials.append(officials_item)

        strategic_industries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.strategic_industries, Unset):
            strategic_industries = []
            for strategic_industries_item_data in self.strategic_industries:
                strategic_industries_item = strategic_industries_item_data.to_dict()
                strategic_industries.append(strategic_industries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "city": city,
                "date": date,
                "edition": edition,
                "end_date": end_date,
                "funds": funds,
                "id": id,
                "industry_track_ids": industry_track_ids,
                "industry_tracks_count": industry_tracks_count,
                "links": links,
                "name": name,
                "name_zh": name_zh,
                "new_industrial_parks_count": new_industrial_parks_count,
                "official_ids": official_ids,
                "official_roles": official_roles,
                "organizer_ids": organizer_ids,
                "policies_count": policies_count,
                "programmes": programmes,
                "projects_started_count": projects_started_count,
                "projects_started_value": projects_started_value,
                "reported_figures": reported_figures,
                "reporting": reporting,
                "signed_projects_count": signed_projects_count,
                "signed_value": signed_value,
                "signed_value_usd": signed_value_usd,
                "sources": sources,
                "strategic_industry_ids": strategic_industry_ids,
                "theme": theme,
                "theme_zh": theme_zh,
                "venue": venue,
                "venue_zh": venue_zh,
                "year": year,
            }
        )
        if industry_tracks is not UNSET:
            field_dict["industry_tracks"] = industry_tracks
        if officials is not UNSET:
            field_dict["officials"] = officials
        if strategic_industries is not UNSET:
            field_dict["strategic_industries"] = strategic_industries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.conference_links import ConferenceLinks
        from ..models.fund import Fund
        from ..models.industry import Industry
        from ..models.money import Money
        from ..models.official import Official
        from ..models.person import Person
        from ..models.programme import Programme
        from ..models.reported_figure import ReportedFigure
        from ..models.source import Source

        d = dict(src_dict)
        city = d.pop("city")

        date = datetime.date.fromisoformat(d.pop("date"))

        edition = d.pop("edition")

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        funds = []
        _funds = d.pop("funds")
        for funds_item_data in _funds:
            funds_item = Fund.from_dict(funds_item_data)

            funds.append(funds_item)

        id = d.pop("id")

        industry_track_ids = cast(list[str], d.pop("industry_track_ids"))

        def _parse_industry_tracks_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        industry_tracks_count = _parse_industry_tracks_count(d.pop("industry_tracks_count"))

        links = ConferenceLinks.from_dict(d.pop("links"))

        name = d.pop("name")

        def _parse_name_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name_zh = _parse_name_zh(d.pop("name_zh"))

        def _parse_new_industrial_parks_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        new_industrial_parks_count = _parse_new_industrial_parks_count(d.pop("new_industrial_parks_count"))

        official_ids = cast(list[str], d.pop("official_ids"))

        official_roles = []
        _official_roles = d.pop("official_roles")
        for official_roles_item_data in _official_roles:
            official_roles_item = Official.from_dict(official_roles_item_data)

            official_roles.append(official_roles_item)

        organizer_ids = cast(list[str], d.pop("organizer_ids"))

        def _parse_policies_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        policies_count = _parse_policies_count(d.pop("policies_count"))

        programmes = []
        _programmes = d.pop("programmes")
        for programmes_item_data in _programmes:
            programmes_item = Programme.from_dict(programmes_item_data)

            programmes.append(programmes_item)

        def _parse_projects_started_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        projects_started_count = _parse_projects_started_count(d.pop("projects_started_count"))

        def _parse_projects_started_value(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_started_value_type_0 = Money.from_dict(data)

                return projects_started_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        projects_started_value = _parse_projects_started_value(d.pop("projects_started_value"))

        reported_figures = []
        _reported_figures = d.pop("reported_figures")
        for reported_figures_item_data in _reported_figures:
            reported_figures_item = ReportedFigure.from_dict(reported_figures_item_data)

            reported_figures.append(reported_figures_item)

        reporting = ConferenceReporting(d.pop("reporting"))

        def _parse_signed_projects_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        signed_projects_count = _parse_signed_projects_count(d.pop("signed_projects_count"))

        def _parse_signed_value(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signed_value_type_0 = Money.from_dict(data)

                return signed_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        signed_value = _parse_signed_value(d.pop("signed_value"))

        def _parse_signed_value_usd(data: object) -> Money | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signed_value_usd_type_0 = Money.from_dict(data)

                return signed_value_usd_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Money | None, data)

        signed_value_usd = _parse_signed_value_usd(d.pop("signed_value_usd"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        strategic_industry_ids = cast(list[str], d.pop("strategic_industry_ids"))

        def _parse_theme(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theme = _parse_theme(d.pop("theme"))

        def _parse_theme_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theme_zh = _parse_theme_zh(d.pop("theme_zh"))

        def _parse_venue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue = _parse_venue(d.pop("venue"))

        def _parse_venue_zh(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        venue_zh = _parse_venue_zh(d.pop("venue_zh"))

        year = d.pop("year")

        _industry_tracks = d.pop("industry_tracks", UNSET)
        industry_tracks: list[Industry] | Unset = UNSET
        if _industry_tracks is not UNSET:
            industry_tracks = []
            for industry_tracks_item_data in _industry_tracks:
                industry_tracks_item = Industry.from_dict(industry_tracks_item_data)

                industry_tracks.append(industry_tracks_item)

        _officials = d.pop("officials", UNSET)
        officials: list[Person] | Unset = UNSET
        if _officials is not UNSET:
            officials = []
            for officials_item_data in _officials:
                officials_item = Person.from_dict(officials_item_data)

                officials.append(officials_item)

        _strategic_industries = d.pop("strategic_industries", UNSET)
        strategic_industries: list[Industry] | Unset = UNSET
        if _strategic_industries is not UNSET:
            strategic_industries = []
            for strategic_industries_item_data in _strategic_industries:
                strategic_industries_item = Industry.from_dict(strategic_industries_item_data)

                strategic_industries.append(strategic_industries_item)

        conference = cls(
            city=city,
            date=date,
            edition=edition,
            end_date=end_date,
            funds=funds,
            id=id,
            industry_track_ids=industry_track_ids,
            industry_tracks_count=industry_tracks_count,
            links=links,
            name=name,
            name_zh=name_zh,
            new_industrial_parks_count=new_industrial_parks_count,
            official_ids=official_ids,
            official_roles=official_roles,
            organizer_ids=organizer_ids,
            policies_count=policies_count,
            programmes=programmes,
            projects_started_count=projects_started_count,
            projects_started_value=projects_started_value,
            reported_figures=reported_figures,
            reporting=reporting,
            signed_projects_count=signed_projects_count,
            signed_value=signed_value,
            signed_value_usd=signed_value_usd,
            sources=sources,
            strategic_industry_ids=strategic_industry_ids,
            theme=theme,
            theme_zh=theme_zh,
            venue=venue,
            venue_zh=venue_zh,
            year=year,
            industry_tracks=industry_tracks,
            officials=officials,
            strategic_industries=strategic_industries,
        )

        conference.additional_properties = d
        return conference

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
